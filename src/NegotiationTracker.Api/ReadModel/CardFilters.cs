using NegotiationTracker.Api.Common;
using NegotiationTracker.Data;
using NegotiationTracker.Data.ReadModel;

namespace NegotiationTracker.Api.ReadModel;

/// <summary>Filters of cards that an index answers.</summary>
internal static class CardFilters
{
    /// <summary>
    /// Cards with a party of that name or alias (folded, one whole key, as <see cref="SearchText.WholeKey"/>
    /// matches): the ids come from the index of keys, so no card's keys are scanned.
    /// </summary>
    public static IQueryable<T> WithParty<T>(this IQueryable<T> cards, TrackerDbContext db, CardKind kind, string party) where T : ReadCard
    {
        var key = SearchText.Folded(party);
        var ids = db.CardKeys.Where(k => k.Kind == kind && k.Key == key).Select(k => k.CardId);
        return cards.Where(c => ids.Contains(c.Id));
    }
}
