using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using NegotiationTracker.Data.Search;

#nullable disable

namespace NegotiationTracker.Data.Migrations
{
    /// <summary>
    /// The FTS5 index of evidence sentences. Not part of the EF model (a virtual table), so written by
    /// hand; filled at once from the facts already imported, so an existing database can search
    /// without a re-import.
    /// </summary>
    [DbContext(typeof(TrackerDbContext))]
    [Migration("20261203180000_EvidenceSearch")]
    public partial class EvidenceSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(EvidenceIndex.CreateSql);
            migrationBuilder.Sql(EvidenceIndex.RebuildSql);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(EvidenceIndex.DropSql);
    }
}
