using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NegotiationTracker.Data.Migrations
{
    /// <inheritdoc />
    public partial class InitialArticles : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Articles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    File = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    Title = table.Column<string>(type: "TEXT", nullable: false),
                    PublishedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
                    ImportedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Articles", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Articles_File",
                table: "Articles",
                column: "File",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Articles");
        }
    }
}
