using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NegotiationTracker.Data.Postgres.Migrations
{
    /// <summary>
    /// The table of evidence sentences and their folded words (<see cref="PostgresEvidenceIndex"/>). Not part
    /// of the EF model (SQLite's is a virtual table), so written by hand; filled by the next import.
    /// </summary>
    [DbContext(typeof(TrackerDbContext))]
    [Migration("20261203194400_EvidenceSearch")]
    public partial class EvidenceSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(PostgresEvidenceIndex.CreateSql);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(PostgresEvidenceIndex.DropSql);
    }
}
