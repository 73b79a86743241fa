namespace NegotiationTracker.Data.ReadModel;

/// <summary>
/// Three letters found in one of a card's folded names (a person's spellings, a round's venue names), so
/// a filter by any part of a name looks up the cards that have its first three letters instead of
/// matching the pattern against every card: <c>name=mirzo</c> reads only the cards with <c>mir</c>.
/// </summary>
public sealed class CardGram
{
    public const int Length = 3;

    public CardKind Kind { get; set; }
    public required string Gram { get; set; }
    public int CardId { get; set; }

    /// <summary>Each distinct piece of <see cref="Length"/> letters inside one key of <c>|a|b|</c> (none crosses a separator).</summary>
    public static IEnumerable<string> Of(string? keys) =>
        (keys ?? string.Empty).Split('|', StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(key => Enumerable.Range(0, Math.Max(0, key.Length - Length + 1)).Select(i => key.Substring(i, Length)))
            .Distinct(StringComparer.Ordinal);
}
