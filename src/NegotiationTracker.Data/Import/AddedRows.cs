using Microsoft.EntityFrameworkCore;
using NegotiationTracker.Data.Common;

namespace NegotiationTracker.Data.Import;

/// <summary>
/// Writes the rows an import adds to a synced table in bulk and gives each its id. Through the change
/// tracker every new row cost a tracked entry, a snapshot and a statement of its own that SQLite prepared
/// afresh; a first import adds every fact at once (20,000 articles: ~100,000 rows).
/// </summary>
internal static class AddedRows
{
    /// <param name="rows">New rows; a row that takes back a removed fact's id already has it.</param>
    /// <param name="importId">This import, which every new row names as its last writer until the import ends.</param>
    public static async Task InsertAsync<TRow>(TrackerDbContext db, DbSet<TRow> table, IReadOnlyList<TRow> rows, int importId, CancellationToken ct)
        where TRow : SyncedEntity
    {
        if (rows.Count == 0) { return; }
        await BulkInserter.InsertAsync(db, [.. rows.Where(r => r.Id == 0)], ct);
        await BulkInserter.InsertAsync(db, [.. rows.Where(r => r.Id != 0)], ct, withKey: true);

        // The database chose the ids; rows this import wrote so far in this table are exactly the new ones
        // (rewritten rows are saved later), so their keys find them.
        var ids = await table.AsNoTracking().Where(r => r.ChangedByImportId == importId).Select(r => new { r.Key, r.Id })
            .ToDictionaryAsync(r => r.Key, r => r.Id, StringComparer.Ordinal, ct);
        foreach (var row in rows) { row.Id = ids[row.Key]; }
    }
}
