using NegotiationTracker.Data.Common;

namespace NegotiationTracker.Data.ReadModel;

/// <summary>The ids of the facts, per kind of card, whose cards an import writes again.</summary>
public sealed record ReadModelSelection(
    IReadOnlyCollection<int> Rounds, IReadOnlyCollection<int> Delegations, IReadOnlyCollection<int> Participants,
    IReadOnlyCollection<int> Demands, IReadOnlyCollection<int> Venues)
{
    public int Count => Rounds.Count + Delegations.Count + Participants.Count + Demands.Count + Venues.Count;

    public IReadOnlyCollection<int> Of(CardKind kind) => kind switch
    {
        CardKind.Round => Rounds,
        CardKind.Delegation => Delegations,
        CardKind.Participant => Participants,
        CardKind.Demand => Demands,
        _ => Venues,
    };
}

/// <summary>Queries narrowed to a selection.</summary>
public static class ReadModelSelectionQueries
{
    /// <summary>The facts of <paramref name="kind"/> the selection names, or all of them when there is no selection.</summary>
    public static IQueryable<T> Selected<T>(this IQueryable<T> facts, ReadModelSelection? only, CardKind kind) where T : SyncedEntity
    {
        if (only is null) { return facts; }
        var ids = only.Of(kind).ToList();
        return facts.Where(f => ids.Contains(f.Id));
    }
}
