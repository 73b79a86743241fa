using Microsoft.EntityFrameworkCore;
using NegotiationTracker.Data.Common;
using NegotiationTracker.Data.Import;

namespace NegotiationTracker.Data.History;

/// <summary>
/// Opens and closes an import's record inside the import's transaction. An import that changed
/// nothing leaves none (its record is deleted again), so the history holds changes only; the
/// oldest records go once there are more than <see cref="HistoryOptions.MaxImports"/>.
/// </summary>
internal static class ImportHistory
{
    public static async Task<ImportJournal> BeginAsync(TrackerDbContext db, ImportTrigger trigger, DateTimeOffset now, CancellationToken ct)
    {
        var record = new ImportRecord { StartedAt = now, CompletedAt = now, Trigger = trigger };
        db.ImportRecords.Add(record);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return new ImportJournal(db, record);
    }

    /// <returns>The changes recorded (none when nothing changed), for the report.</returns>
    public static async Task<IReadOnlyList<FactChange>> FinishAsync(TrackerDbContext db, ImportJournal journal, ImportReport counts,
        IReadOnlyList<SeedFileChange> files, int maxImports, DateTimeOffset now, CancellationToken ct)
    {
        var record = journal.Record;
        if (!counts.Added.Concat(counts.Updated).Concat(counts.Removed).Any(c => c.Value > 0))
        {
            await db.ImportRecords.Where(i => i.Id == record.Id).ExecuteDeleteAsync(ct);
            return [];
        }

        var restored = journal.RestoredTombstones;
        if (restored.Count > 0) { await db.Tombstones.Where(t => restored.Contains(t.Id)).ExecuteDeleteAsync(ct); }
        db.Tombstones.AddRange(journal.NewTombstones);
        var changes = journal.Changes();
        record.CompletedAt = now;
        record.Files = [.. files];
        record.Counts = [.. counts.Added.Keys.Union(counts.Updated.Keys).Union(counts.Removed.Keys).Order(StringComparer.Ordinal)
            .Select(e => new EntityCounts(e, counts.Added.GetValueOrDefault(e), counts.Updated.GetValueOrDefault(e), counts.Removed.GetValueOrDefault(e)))];
        db.ImportRecords.Update(record);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        await BulkInserter.InsertAsync(db, changes, ct);
        await PruneAsync(db, maxImports, ct);
        return [.. changes.Select(FactChange.Of)];
    }

    /// <summary>Keeps the newest imports; their changes go with them. Tombstones stay: ids must still come back.</summary>
    private static async Task PruneAsync(TrackerDbContext db, int maxImports, CancellationToken ct)
    {
        if (await db.ImportRecords.OrderByDescending(i => i.Id).Skip(maxImports).Select(i => (int?)i.Id).FirstOrDefaultAsync(ct) is not { } newestDropped) { return; }
        await db.ImportChanges.Where(c => c.ImportId <= newestDropped).ExecuteDeleteAsync(ct);
        await db.ImportRecords.Where(i => i.Id <= newestDropped).ExecuteDeleteAsync(ct);
    }
}
