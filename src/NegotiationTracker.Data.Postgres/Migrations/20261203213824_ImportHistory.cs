using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace NegotiationTracker.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ImportHistory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ChangedByImportId",
                table: "Venues",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "CreatedByImportId",
                table: "Venues",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ChangedByImportId",
                table: "Rounds",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "CreatedByImportId",
                table: "Rounds",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ChangedByImportId",
                table: "Parties",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "CreatedByImportId",
                table: "Parties",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ChangedByImportId",
                table: "Participants",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "CreatedByImportId",
                table: "Participants",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ChangedByImportId",
                table: "Demands",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "CreatedByImportId",
                table: "Demands",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ChangedByImportId",
                table: "Delegations",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "CreatedByImportId",
                table: "Delegations",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ChangedByImportId",
                table: "Conflicts",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "CreatedByImportId",
                table: "Conflicts",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Imports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    StartedAt = table.Column<long>(type: "bigint", nullable: false),
                    CompletedAt = table.Column<long>(type: "bigint", nullable: false),
                    Trigger = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Files = table.Column<string>(type: "text", nullable: false),
                    Counts = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Imports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LexiconFileHashes",
                columns: table => new
                {
                    File = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LexiconFileHashes", x => x.File);
                });

            migrationBuilder.CreateTable(
                name: "Tombstones",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Entity = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Key = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    EntityId = table.Column<int>(type: "integer", nullable: false),
                    CreatedByImportId = table.Column<int>(type: "integer", nullable: true),
                    LastState = table.Column<string>(type: "text", nullable: false),
                    RemovedAt = table.Column<long>(type: "bigint", nullable: false),
                    RemovedByImportId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Tombstones", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ImportChanges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ImportId = table.Column<int>(type: "integer", nullable: false),
                    Entity = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    EntityId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Key = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    Field = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Before = table.Column<string>(type: "text", nullable: true),
                    After = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImportChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ImportChanges_Imports_ImportId",
                        column: x => x.ImportId,
                        principalTable: "Imports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ImportChanges_Entity_EntityId",
                table: "ImportChanges",
                columns: new[] { "Entity", "EntityId" });

            migrationBuilder.CreateIndex(
                name: "IX_ImportChanges_ImportId",
                table: "ImportChanges",
                column: "ImportId");

            migrationBuilder.CreateIndex(
                name: "IX_Tombstones_Entity_EntityId",
                table: "Tombstones",
                columns: new[] { "Entity", "EntityId" });

            migrationBuilder.CreateIndex(
                name: "IX_Tombstones_Entity_Key",
                table: "Tombstones",
                columns: new[] { "Entity", "Key" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ImportChanges");

            migrationBuilder.DropTable(
                name: "LexiconFileHashes");

            migrationBuilder.DropTable(
                name: "Tombstones");

            migrationBuilder.DropTable(
                name: "Imports");

            migrationBuilder.DropColumn(
                name: "ChangedByImportId",
                table: "Venues");

            migrationBuilder.DropColumn(
                name: "CreatedByImportId",
                table: "Venues");

            migrationBuilder.DropColumn(
                name: "ChangedByImportId",
                table: "Rounds");

            migrationBuilder.DropColumn(
                name: "CreatedByImportId",
                table: "Rounds");

            migrationBuilder.DropColumn(
                name: "ChangedByImportId",
                table: "Parties");

            migrationBuilder.DropColumn(
                name: "CreatedByImportId",
                table: "Parties");

            migrationBuilder.DropColumn(
                name: "ChangedByImportId",
                table: "Participants");

            migrationBuilder.DropColumn(
                name: "CreatedByImportId",
                table: "Participants");

            migrationBuilder.DropColumn(
                name: "ChangedByImportId",
                table: "Demands");

            migrationBuilder.DropColumn(
                name: "CreatedByImportId",
                table: "Demands");

            migrationBuilder.DropColumn(
                name: "ChangedByImportId",
                table: "Delegations");

            migrationBuilder.DropColumn(
                name: "CreatedByImportId",
                table: "Delegations");

            migrationBuilder.DropColumn(
                name: "ChangedByImportId",
                table: "Conflicts");

            migrationBuilder.DropColumn(
                name: "CreatedByImportId",
                table: "Conflicts");
        }
    }
}
