using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NegotiationTracker.Data.Migrations
{
    /// <inheritdoc />
    public partial class RoundOutcomes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Outcomes",
                table: "Rounds",
                type: "TEXT",
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Outcomes",
                table: "Rounds");
        }
    }
}
