namespace NegotiationTracker.Data.Search;

/// <summary>The evidence sentences' full-text index: rebuilt inside an import's transaction, searched by the API.</summary>
public interface IEvidenceSearch
{
    /// <summary>Brings the index up to date with the facts an import wrote (<paramref name="touches"/>), inside its transaction.</summary>
    Task RefreshAsync(TrackerDbContext db, ReadModel.ImportTouches touches, CancellationToken ct);

    /// <summary>A page of the sentences holding every word (or the phrase), best first, and how many there are in all.</summary>
    Task<SearchPage> FindAsync(TrackerDbContext db, SearchTerms terms, int skip, int take, CancellationToken ct);
}

/// <summary>What to look for: words as typed (not folded), and whether they must stand together in this order.</summary>
public sealed record SearchTerms(IReadOnlyList<string> Words, bool Phrase);

/// <summary>One page of hits and the total.</summary>
public sealed record SearchPage(IReadOnlyList<SearchRow> Rows, int Total);
