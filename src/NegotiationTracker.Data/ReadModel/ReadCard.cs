namespace NegotiationTracker.Data.ReadModel;

/// <summary>
/// One item of the read model: the columns its list filters and sorts on, and nothing else, so a scan
/// of them reads few pages. Its answers are in <see cref="CardAnswer"/>, under the same id. The import
/// writes cards from the facts in its own transaction, so an endpoint answers with one indexed query
/// and no per-item work.
/// </summary>
public abstract class ReadCard
{
    /// <summary>The id of the fact the card shows (not generated: the same id as the fact's).</summary>
    public int Id { get; set; }
}

/// <summary>Which table a card is in.</summary>
public enum CardKind
{
    Round = 1,
    Delegation = 2,
    Participant = 3,
    Demand = 4,
    Venue = 5,
}

/// <summary>
/// A card's answers, ready as UTF-8 JSON in each evidence mode: as a list item, and as the single item
/// where that says more (a round with its teams, a person with theirs; otherwise the same bytes).
/// </summary>
public sealed class CardAnswer
{
    public CardKind Kind { get; set; }
    public int Id { get; set; }
    public byte[] None { get; set; } = [];
    public byte[] Count { get; set; } = [];
    public byte[] Full { get; set; } = [];
    public byte[]? DetailNone { get; set; }
    public byte[]? DetailCount { get; set; }
    public byte[]? DetailFull { get; set; }
}

/// <summary>One fact rendered as JSON in the three evidence modes.</summary>
public sealed record RenderedAnswer(byte[] None, byte[] Count, byte[] Full);
