using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NegotiationTracker.Data.Migrations
{
    /// <inheritdoc />
    public partial class ReadModel : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CardAnswers",
                columns: table => new
                {
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    None = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Count = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Full = table.Column<byte[]>(type: "BLOB", nullable: false),
                    DetailNone = table.Column<byte[]>(type: "BLOB", nullable: true),
                    DetailCount = table.Column<byte[]>(type: "BLOB", nullable: true),
                    DetailFull = table.Column<byte[]>(type: "BLOB", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CardAnswers", x => new { x.Kind, x.Id });
                });

            migrationBuilder.CreateTable(
                name: "CardGrams",
                columns: table => new
                {
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Gram = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    CardId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CardGrams", x => new { x.Kind, x.Gram, x.CardId });
                });

            migrationBuilder.CreateTable(
                name: "CardKeys",
                columns: table => new
                {
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Key = table.Column<string>(type: "TEXT", nullable: false),
                    CardId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CardKeys", x => new { x.Kind, x.Key, x.CardId });
                });

            migrationBuilder.CreateTable(
                name: "DelegationCards",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    RoundId = table.Column<int>(type: "INTEGER", nullable: false),
                    RoundDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RoundDateOrder = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Party = table.Column<string>(type: "TEXT", nullable: false),
                    PartyKeys = table.Column<string>(type: "TEXT", nullable: false),
                    Role = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DelegationCards", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DemandCards",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Party = table.Column<string>(type: "TEXT", nullable: false),
                    PartyKeys = table.Column<string>(type: "TEXT", nullable: false),
                    Category = table.Column<string>(type: "TEXT", nullable: false),
                    RoundId = table.Column<int>(type: "INTEGER", nullable: true),
                    RoundDate = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DemandCards", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ParticipantCards",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Party = table.Column<string>(type: "TEXT", nullable: true),
                    SearchKeys = table.Column<string>(type: "TEXT", nullable: false),
                    PartyKeys = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ParticipantCards", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ReadModelStates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReadModelStates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RoundCards",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DateOrder = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: true),
                    City = table.Column<string>(type: "TEXT", nullable: true),
                    VenueId = table.Column<int>(type: "INTEGER", nullable: true),
                    PartyKeys = table.Column<string>(type: "TEXT", nullable: false),
                    VenueKeys = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoundCards", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RoundMembers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoundId = table.Column<int>(type: "INTEGER", nullable: false),
                    ParticipantId = table.Column<int>(type: "INTEGER", nullable: false),
                    IsHead = table.Column<bool>(type: "INTEGER", nullable: false),
                    SearchKeys = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoundMembers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "VenueCards",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    City = table.Column<string>(type: "TEXT", nullable: true),
                    Country = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VenueCards", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CardGrams_Kind_CardId",
                table: "CardGrams",
                columns: new[] { "Kind", "CardId" });

            migrationBuilder.CreateIndex(
                name: "IX_CardKeys_Kind_CardId",
                table: "CardKeys",
                columns: new[] { "Kind", "CardId" });

            migrationBuilder.CreateIndex(
                name: "IX_DelegationCards_RoundDateOrder_RoundId_Party",
                table: "DelegationCards",
                columns: new[] { "RoundDateOrder", "RoundId", "Party" });

            migrationBuilder.CreateIndex(
                name: "IX_DelegationCards_RoundId",
                table: "DelegationCards",
                column: "RoundId");

            migrationBuilder.CreateIndex(
                name: "IX_DemandCards_Category_Party",
                table: "DemandCards",
                columns: new[] { "Category", "Party" });

            migrationBuilder.CreateIndex(
                name: "IX_DemandCards_Party_Category_Id",
                table: "DemandCards",
                columns: new[] { "Party", "Category", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_DemandCards_RoundId",
                table: "DemandCards",
                column: "RoundId");

            migrationBuilder.CreateIndex(
                name: "IX_ParticipantCards_Name_Id",
                table: "ParticipantCards",
                columns: new[] { "Name", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_RoundCards_DateOrder_Number_Id",
                table: "RoundCards",
                columns: new[] { "DateOrder", "Number", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_RoundCards_VenueId",
                table: "RoundCards",
                column: "VenueId");

            migrationBuilder.CreateIndex(
                name: "IX_RoundMembers_ParticipantId_RoundId",
                table: "RoundMembers",
                columns: new[] { "ParticipantId", "RoundId" });

            migrationBuilder.CreateIndex(
                name: "IX_RoundMembers_RoundId_ParticipantId",
                table: "RoundMembers",
                columns: new[] { "RoundId", "ParticipantId" });

            migrationBuilder.CreateIndex(
                name: "IX_VenueCards_Name_Id",
                table: "VenueCards",
                columns: new[] { "Name", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CardAnswers");

            migrationBuilder.DropTable(
                name: "CardGrams");

            migrationBuilder.DropTable(
                name: "CardKeys");

            migrationBuilder.DropTable(
                name: "DelegationCards");

            migrationBuilder.DropTable(
                name: "DemandCards");

            migrationBuilder.DropTable(
                name: "ParticipantCards");

            migrationBuilder.DropTable(
                name: "ReadModelStates");

            migrationBuilder.DropTable(
                name: "RoundCards");

            migrationBuilder.DropTable(
                name: "RoundMembers");

            migrationBuilder.DropTable(
                name: "VenueCards");
        }
    }
}
