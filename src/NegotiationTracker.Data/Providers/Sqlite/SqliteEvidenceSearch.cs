using Microsoft.EntityFrameworkCore;
using NegotiationTracker.Data.Search;

namespace NegotiationTracker.Data.Providers.Sqlite;

/// <summary>The evidence search on SQLite: the FTS5 table <see cref="EvidenceIndex"/>, ranked by bm25, marked by highlight().</summary>
internal sealed class SqliteEvidenceSearch : IEvidenceSearch
{
    public Task RefreshAsync(TrackerDbContext db, ReadModel.ImportTouches touches, CancellationToken ct) => EvidenceIndex.RefreshAsync(db, touches, ct);

    public async Task<SearchPage> FindAsync(TrackerDbContext db, SearchTerms terms, int skip, int take, CancellationToken ct)
    {
        var match = MatchExpression(terms);
        var rows = await db.Database.SqlQueryRaw<SearchRow>(
            $$"""
            SELECT s.Sentence, highlight({{EvidenceIndex.Table}}, {{EvidenceIndex.FoldedColumn}}, char(2), char(3)) AS Marked, s.ArticleId, s.Start, s."End", s.Facts, a.File, a.Title
            FROM {{EvidenceIndex.Table}} s JOIN Articles a ON a.Id = s.ArticleId
            WHERE {{EvidenceIndex.Table}} MATCH {0}
            ORDER BY s.rank, s.ArticleId, s.Start LIMIT {1} OFFSET {2}
            """, match, take, skip).ToListAsync(ct);
        var total = await db.Database.SqlQueryRaw<int>($"SELECT COUNT(*) AS Value FROM {EvidenceIndex.Table} WHERE {EvidenceIndex.Table} MATCH {{0}}", match).SingleAsync(ct);
        return new SearchPage(rows, total);
    }

    /// <summary>
    /// The words as an FTS5 query: each word quoted, so nothing the user types is FTS syntax
    /// (AND, NEAR, *, column filters); a phrase stays one quoted string.
    /// </summary>
    private static string MatchExpression(SearchTerms terms)
    {
        var words = terms.Words.Select(SearchWords.FoldExtra).ToList();
        return terms.Phrase ? $"\"{string.Join(' ', words)}\"" : string.Join(' ', words.Select(w => $"\"{w}\""));
    }
}
