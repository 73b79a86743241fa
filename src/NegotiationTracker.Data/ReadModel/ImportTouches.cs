using NegotiationTracker.Data.History;

namespace NegotiationTracker.Data.ReadModel;

/// <summary>
/// What one import wrote, by table: every fact it added, restored, rewrote or removed, and among them
/// those whose fields other answers embed moved (a round's date is in each of its teams' answers; its
/// outcomes are not), so only the cards that show them are written again.
/// </summary>
public sealed class ImportTouches
{
    /// <summary>The fields of a fact that other facts' answers or cards embed (round references, venue references, person references).</summary>
    private static readonly Dictionary<string, HashSet<string>> EmbeddedFields = new(StringComparer.Ordinal)
    {
        ["rounds"] = new(["number", "date", "datePrecision", "city", "venueId"], StringComparer.Ordinal),
        ["venues"] = new(["name", "city", "aliases"], StringComparer.Ordinal),
        ["participants"] = new(["name", "aliases"], StringComparer.Ordinal),
    };

    private readonly Dictionary<string, HashSet<int>> _touched = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<int>> _moved = new(StringComparer.Ordinal);
    private readonly HashSet<string> _partyKeys = new(StringComparer.Ordinal);

    /// <param name="changes">The history's change list of the import.</param>
    /// <param name="rewritten">Every row the import rewrote under its id, even where no field the history shows moved (an evidence sentence reworded in place).</param>
    public static ImportTouches From(IEnumerable<FactChange> changes, IEnumerable<(string Entity, int Id)> rewritten)
    {
        var touches = new ImportTouches();
        foreach (var (entity, id) in rewritten) { Add(touches._touched, entity, id); }
        foreach (var change in changes)
        {
            Add(touches._touched, change.Entity, change.Id);
            var whole = change.Kind != ImportChange.Changed;
            if (whole || (change.Field is { } field && EmbeddedFields.GetValueOrDefault(change.Entity)?.Contains(field) == true))
            {
                Add(touches._moved, change.Entity, change.Id);
            }

            if (change.Entity == "parties" && change.Key is { } key) { touches._partyKeys.Add(key); }
        }

        return touches;
    }

    /// <summary>Ids of the facts of <paramref name="entity"/> (a history entity name: rounds, venues, ...) the import wrote or removed.</summary>
    public IReadOnlyCollection<int> Touched(string entity) => _touched.GetValueOrDefault(entity) ?? [];

    /// <summary>Ids of the facts of <paramref name="entity"/> that came, went, or changed a field other answers embed.</summary>
    public IReadOnlyCollection<int> Moved(string entity) => _moved.GetValueOrDefault(entity) ?? [];

    /// <summary>Names (their keys) of parties that came or went.</summary>
    public IReadOnlyCollection<string> PartyKeys => _partyKeys;

    private static void Add(Dictionary<string, HashSet<int>> sets, string entity, int id)
    {
        if (!sets.TryGetValue(entity, out var ids)) { sets[entity] = ids = []; }
        ids.Add(id);
    }
}
