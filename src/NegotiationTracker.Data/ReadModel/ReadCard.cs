namespace NegotiationTracker.Data.ReadModel;

/// <summary>
/// One item of the read model: the columns its list filters and sorts on, then its answer, ready as
/// UTF-8 JSON in each evidence mode (none, count, full). The import writes cards from the facts in
/// its own transaction, so an endpoint answers with one indexed query and no per-item work.
/// </summary>
/// <remarks>The answers are declared last so they are the record's last columns: a scan of the filter columns stops before them.</remarks>
public abstract class ReadCard
{
    /// <summary>The id of the fact the card shows (not generated: the same id as the fact's).</summary>
    public int Id { get; set; }
    public byte[] None { get; set; } = [];
    public byte[] Count { get; set; } = [];
    public byte[] Full { get; set; } = [];
}

/// <summary>A card whose single-item answer says more than its list item (a round with its teams, a person with theirs).</summary>
public abstract class DetailedReadCard : ReadCard
{
    public byte[] DetailNone { get; set; } = [];
    public byte[] DetailCount { get; set; } = [];
    public byte[] DetailFull { get; set; } = [];
}

/// <summary>One fact rendered as JSON in the three evidence modes.</summary>
public sealed record RenderedAnswer(byte[] None, byte[] Count, byte[] Full);
