using Microsoft.EntityFrameworkCore;
using NegotiationTracker.Data.Common;

namespace NegotiationTracker.Data.History;

/// <summary>
/// The history of one import while the writer works: it gives a returning fact its old id back,
/// notes what each table added, changed and removed, and keeps a tombstone of each removed fact.
/// Its record is made first, so rows can name the import that wrote them; <see cref="ImportHistory"/>
/// finishes it, or drops it when nothing changed.
/// </summary>
public sealed class ImportJournal(TrackerDbContext db, ImportRecord record)
{
    private readonly List<(string Entity, SyncedEntity Row, string Kind)> _added = [];
    private readonly List<ImportChange> _addedSaved = [];
    private readonly List<ImportChange> _changes = [];
    private readonly List<Tombstone> _removed = [];
    private readonly List<int> _restored = [];
    private readonly List<(string Entity, int Id)> _rewritten = [];

    public int ImportId => record.Id;

    internal ImportRecord Record => record;

    internal IReadOnlyList<Tombstone> NewTombstones => _removed;

    internal IReadOnlyList<int> RestoredTombstones => _restored;

    /// <summary>Every row rewritten under its id, with or without a field the history shows (the read model writes their cards again).</summary>
    internal IReadOnlyList<(string Entity, int Id)> Rewritten => _rewritten;

    /// <summary>Every change, in the order the tables were written; added facts with the ids they got.</summary>
    internal List<ImportChange> Changes()
    {
        Saved();
        return [.. _addedSaved, .. _changes];
    }

    /// <summary>
    /// Called once added rows are saved: keeps their ids and keys, and lets the rows go (holding thousands
    /// of written rows to the end of a first import only made the next collection of garbage slower).
    /// </summary>
    public void Saved()
    {
        _addedSaved.AddRange(_added.Select(a => new ImportChange { ImportId = ImportId, Entity = a.Entity, EntityId = a.Row.Id, Kind = a.Kind, Key = a.Row.Key }));
        _added.Clear();
    }

    /// <summary>Ids (and first imports) of the facts of one type that went, by natural key.</summary>
    public async Task<Dictionary<string, (int Id, int EntityId, int? CreatedBy)>> TombstonesAsync(string entity, CancellationToken ct) =>
        await db.Tombstones.AsNoTracking().Where(t => t.Entity == entity)
            .Select(t => new { t.Key, t.Id, t.EntityId, t.CreatedByImportId })
            .ToDictionaryAsync(t => t.Key, t => (t.Id, t.EntityId, t.CreatedByImportId), StringComparer.Ordinal, ct);

    /// <summary>A new row: it takes back the id (and first import) of a fact with its key that went before.</summary>
    public void Added(string entity, SyncedEntity row, IReadOnlyDictionary<string, (int Id, int EntityId, int? CreatedBy)> tombstones)
    {
        (row.CreatedByImportId, row.ChangedByImportId) = (ImportId, ImportId);
        var kind = ImportChange.Added;
        if (tombstones.TryGetValue(row.Key, out var gone))
        {
            (row.Id, row.CreatedByImportId, kind) = (gone.EntityId, gone.CreatedBy, ImportChange.Restored);
            Restored(gone.Id);
        }

        _added.Add((entity, row, kind));
    }

    /// <summary>Rows about to be rewritten under their ids: each keeps its first import, and each field that moved is noted.</summary>
    public async Task ChangedAsync<TRow>(DbSet<TRow> table, string entity, IReadOnlyList<TRow> rows, CancellationToken ct) where TRow : SyncedEntity
    {
        var ids = rows.Select(r => r.Id).ToList();
        _rewritten.AddRange(ids.Select(id => (entity, id)));
        var old = await WithOwned(table).Where(r => ids.Contains(r.Id)).ToDictionaryAsync(r => r.Id, ct);
        foreach (var row in rows)
        {
            var before = old[row.Id];
            (row.CreatedByImportId, row.ChangedByImportId) = (before.CreatedByImportId, ImportId);
            _changes.AddRange(FactFields.Diff(before, row).Select(d => new ImportChange
            {
                ImportId = ImportId, Entity = entity, EntityId = row.Id, Kind = ImportChange.Changed, Field = d.Field, Before = d.Before, After = d.After,
            }));
        }
    }

    /// <summary>Rows about to be deleted: each leaves a tombstone with its last state.</summary>
    public async Task RemovedAsync<TRow>(DbSet<TRow> table, string entity, IReadOnlyList<int> ids, DateTimeOffset now, CancellationToken ct) where TRow : SyncedEntity
    {
        foreach (var row in await WithOwned(table).Where(r => ids.Contains(r.Id)).ToListAsync(ct))
        {
            Gone(entity, row.Key, row.Id, row.CreatedByImportId, FactFields.State(row), now);
        }
    }

    /// <summary>A row about to be deleted leaves a tombstone with its last state.</summary>
    internal void Gone(string entity, string key, int id, int? createdBy, string lastState, DateTimeOffset now)
    {
        _removed.Add(new Tombstone
        {
            Entity = entity, Key = key, EntityId = id, CreatedByImportId = createdBy, LastState = lastState, RemovedAt = now, RemovedByImportId = ImportId,
        });
        Note(entity, id, ImportChange.Removed, key);
    }

    /// <summary>A change of a table that is not a synced fact (articles), noted as it happens.</summary>
    internal void Note(string entity, int id, string kind, string? key, string? field = null, string? before = null, string? after = null) =>
        _changes.Add(new ImportChange { ImportId = ImportId, Entity = entity, EntityId = id, Kind = kind, Key = key, Field = field, Before = before, After = after });

    /// <summary>A tombstone whose fact came back: it goes when the import is recorded.</summary>
    internal void Restored(int tombstoneId) => _restored.Add(tombstoneId);

    /// <summary>The rows with what they own (a delegation's members), which are part of their state.</summary>
    private IQueryable<TRow> WithOwned<TRow>(DbSet<TRow> table) where TRow : SyncedEntity =>
        db.Model.FindEntityType(typeof(TRow))!.GetNavigations().Where(n => n.IsCollection)
            .Aggregate(table.AsNoTracking(), (query, navigation) => query.Include(navigation.Name));
}
