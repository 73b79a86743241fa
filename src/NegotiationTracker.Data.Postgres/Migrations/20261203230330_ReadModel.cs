using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace NegotiationTracker.Data.Postgres.Migrations
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
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Id = table.Column<int>(type: "integer", nullable: false),
                    None = table.Column<byte[]>(type: "bytea", nullable: false),
                    Count = table.Column<byte[]>(type: "bytea", nullable: false),
                    Full = table.Column<byte[]>(type: "bytea", nullable: false),
                    DetailNone = table.Column<byte[]>(type: "bytea", nullable: true),
                    DetailCount = table.Column<byte[]>(type: "bytea", nullable: true),
                    DetailFull = table.Column<byte[]>(type: "bytea", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CardAnswers", x => new { x.Kind, x.Id });
                });

            migrationBuilder.CreateTable(
                name: "CardGrams",
                columns: table => new
                {
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Gram = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    CardId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CardGrams", x => new { x.Kind, x.Gram, x.CardId });
                });

            migrationBuilder.CreateTable(
                name: "CardKeys",
                columns: table => new
                {
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Key = table.Column<string>(type: "text", nullable: false),
                    CardId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CardKeys", x => new { x.Kind, x.Key, x.CardId });
                });

            migrationBuilder.CreateTable(
                name: "DelegationCards",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    RoundId = table.Column<int>(type: "integer", nullable: false),
                    RoundDate = table.Column<DateOnly>(type: "date", nullable: true),
                    RoundDateOrder = table.Column<DateOnly>(type: "date", nullable: false),
                    Party = table.Column<string>(type: "text", nullable: false),
                    PartyKeys = table.Column<string>(type: "text", nullable: false),
                    Role = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DelegationCards", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DemandCards",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Party = table.Column<string>(type: "text", nullable: false),
                    PartyKeys = table.Column<string>(type: "text", nullable: false),
                    Category = table.Column<string>(type: "text", nullable: false),
                    RoundId = table.Column<int>(type: "integer", nullable: true),
                    RoundDate = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DemandCards", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ParticipantCards",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    Party = table.Column<string>(type: "text", nullable: true),
                    SearchKeys = table.Column<string>(type: "text", nullable: false),
                    PartyKeys = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ParticipantCards", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ReadModelStates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReadModelStates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RoundCards",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: true),
                    DateOrder = table.Column<DateOnly>(type: "date", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: true),
                    City = table.Column<string>(type: "text", nullable: true),
                    VenueId = table.Column<int>(type: "integer", nullable: true),
                    PartyKeys = table.Column<string>(type: "text", nullable: false),
                    VenueKeys = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoundCards", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RoundMembers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RoundId = table.Column<int>(type: "integer", nullable: false),
                    ParticipantId = table.Column<int>(type: "integer", nullable: false),
                    IsHead = table.Column<bool>(type: "boolean", nullable: false),
                    SearchKeys = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoundMembers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "VenueCards",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    City = table.Column<string>(type: "text", nullable: true),
                    Country = table.Column<string>(type: "text", nullable: true)
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
