namespace NegotiationTracker.Data.Import;

/// <summary>Counts added/updated/removed/unchanged per entity type while the writer syncs the tables.</summary>
public sealed class ChangeTally
{
    private readonly SortedDictionary<string, int> _added = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, int> _updated = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, int> _removed = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, int> _unchanged = new(StringComparer.Ordinal);

    public bool AnyChange => _added.Values.Sum() + _updated.Values.Sum() + _removed.Values.Sum() > 0;

    public void Added(string entity) => Bump(_added, entity);
    public void Updated(string entity) => Bump(_updated, entity);
    public void Removed(string entity) => Bump(_removed, entity);
    public void Unchanged(string entity) => Bump(_unchanged, entity);

    public ImportReport ApplyTo(ImportReport report) =>
        report with { Added = _added, Updated = _updated, Removed = _removed, Unchanged = _unchanged };

    private static void Bump(SortedDictionary<string, int> counts, string entity) =>
        counts[entity] = counts.GetValueOrDefault(entity) + 1;
}
