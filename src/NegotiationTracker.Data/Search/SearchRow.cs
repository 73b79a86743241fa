namespace NegotiationTracker.Data.Search;

/// <summary>
/// A sentence that matched, as the index returns it (the index is no EF entity). <see cref="Marked"/> is
/// the sentence folded one character for one, each match between <see cref="Open"/> and <see cref="Close"/>.
/// </summary>
public sealed record SearchRow
{
    /// <summary>Opens a match in <see cref="Marked"/>; control characters never occur in a sentence.</summary>
    public const char Open = '\u0002';

    /// <summary>Closes a match in <see cref="Marked"/>.</summary>
    public const char Close = '\u0003';

    public required string Sentence { get; init; }
    public required string Marked { get; init; }
    public int ArticleId { get; init; }
    public int Start { get; init; }
    public int End { get; init; }
    public required string Facts { get; init; }
    public required string File { get; init; }
    public required string Title { get; init; }
}
