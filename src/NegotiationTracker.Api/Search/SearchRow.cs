namespace NegotiationTracker.Api.Search;

/// <summary>A row of the FTS5 query, as SQLite returns it (the index is no EF entity).</summary>
internal sealed class SearchRow
{
    public required string Sentence { get; init; }
    public required string Marked { get; init; }
    public int ArticleId { get; init; }
    public int Start { get; init; }
    public int End { get; init; }
    public required string Facts { get; init; }
    public required string File { get; init; }
    public required string Title { get; init; }
}
