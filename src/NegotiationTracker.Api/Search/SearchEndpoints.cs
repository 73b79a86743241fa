using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using NegotiationTracker.Api.Common;
using NegotiationTracker.Data;
using NegotiationTracker.Data.Search;

namespace NegotiationTracker.Api.Search;

internal static class SearchEndpoints
{
    // Markers FTS5's highlight() puts around each match; control characters never occur in a sentence.
    private const char Open = '\u0002';
    private const char Close = '\u0003';

    public static IEndpointRouteBuilder MapSearch(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/search").WithTags("Search")
            .MapGet("/", SearchSentences).WithName(nameof(SearchSentences))
            .WithSummary("Search the evidence sentences")
            .WithDescription("Returns a page of the sentences that are evidence for a fact and contain every word of `q` (case and diacritics ignored; "
                + "a quoted `q` is a phrase), best matches first: each with the matched words marked, its article, and the facts it supports (type, id, link).")
            .WithValidation<SearchQuery>();
        return app;
    }

    private static async Task<Ok<Paged<SearchHit>>> SearchSentences([AsParameters] SearchQuery query, TrackerDbContext db, CancellationToken ct)
    {
        var match = query.MatchExpression;
        var rows = await db.Database.SqlQueryRaw<SearchRow>(
            $$"""
            SELECT s.Sentence, highlight({{EvidenceIndex.Table}}, {{EvidenceIndex.FoldedColumn}}, char(2), char(3)) AS Marked, s.ArticleId, s.Start, s."End", s.Facts, a.File, a.Title
            FROM {{EvidenceIndex.Table}} s JOIN Articles a ON a.Id = s.ArticleId
            WHERE {{EvidenceIndex.Table}} MATCH {0}
            ORDER BY s.rank, s.ArticleId, s.Start LIMIT {1} OFFSET {2}
            """, match, query.Size, query.Skip).ToListAsync(ct);
        var total = await db.Database.SqlQueryRaw<int>($"SELECT COUNT(*) AS Value FROM {EvidenceIndex.Table} WHERE {EvidenceIndex.Table} MATCH {{0}}", match).SingleAsync(ct);
        return TypedResults.Ok(new Paged<SearchHit>([.. rows.Select(Hit)], query.PageNumber, query.Size, total));
    }

    private static SearchHit Hit(SearchRow row)
    {
        // The marks are in the folded copy, whose characters stand one for one for the sentence's.
        var highlights = new List<Highlight>();
        var marked = new System.Text.StringBuilder();
        var plain = 0;
        var start = 0;
        foreach (var c in row.Marked)
        {
            if (c == Open) { start = plain; marked.Append("**"); }
            else if (c == Close) { highlights.Add(new Highlight(start, plain)); marked.Append("**"); }
            else { marked.Append(plain < row.Sentence.Length ? row.Sentence[plain] : c); plain++; }
        }

        var facts = JsonSerializer.Deserialize<List<FactRow>>(row.Facts, JsonSerializerOptions.Web) ?? [];
        return new SearchHit(row.Sentence, marked.ToString(), highlights, new ArticleRef(row.ArticleId, row.File, row.Title), row.Start, row.End,
            [.. facts.Select(f => new FactRef(f.Type, f.Id, Links.Of(f.Type, f.Id)))]);
    }

    private sealed record FactRow(string Type, int Id);
}
