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

    /// <summary>
    /// Narrows cards to those whose names (indexed in pieces of three letters, <see cref="CardGram"/>) hold the
    /// first three letters of <paramref name="text"/>; the caller still matches the whole text. Shorter text
    /// narrows nothing.
    /// </summary>
    public static IQueryable<T> WithPieceOf<T>(this IQueryable<T> cards, TrackerDbContext db, CardKind kind, string text) where T : ReadCard
    {
        var folded = SearchText.Folded(text);
        if (folded.Length < CardGram.Length) { return cards; }
        var gram = folded[..CardGram.Length];
        var ids = db.CardGrams.Where(g => g.Kind == kind && g.Gram == gram).Select(g => g.CardId);
        return cards.Where(c => ids.Contains(c.Id));
    }
}
