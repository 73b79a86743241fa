namespace NegotiationTracker.Data.History;

/// <summary>
/// One change of an import as reports show it: the fact's type and id, added, restored, changed or
/// removed, its natural key (added, restored, removed) or the field with its JSON before and after (changed).
/// </summary>
public sealed record FactChange(string Entity, int Id, string Kind, string? Key, string? Field, string? Before, string? After)
{
    internal static FactChange Of(ImportChange c) => new(c.Entity, c.EntityId, c.Kind, c.Key, c.Field, c.Before, c.After);
}
