using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using NegotiationTracker.Api.Common;
using NegotiationTracker.Data;
using NegotiationTracker.Data.Providers;
using NegotiationTracker.Data.Search;

namespace NegotiationTracker.Api.Search;

internal static class SearchEndpoints
{
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

    private static async Task<Ok<Paged<SearchHit>>> SearchSentences([AsParameters] SearchQuery query, TrackerDbContext db, IDatabaseEngine provider, CancellationToken ct)
    {
        var found = await provider.Search.FindAsync(db, query.Terms, query.Skip, query.Size, ct);
        return TypedResults.Ok(new Paged<SearchHit>([.. found.Rows.Select(Hit)], query.PageNumber, query.Size, found.Total));
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
            if (c == SearchRow.Open) { start = plain; marked.Append("**"); }
            else if (c == SearchRow.Close) { highlights.Add(new Highlight(start, plain)); marked.Append("**"); }
            else { marked.Append(plain < row.Sentence.Length ? row.Sentence[plain] : c); plain++; }
        }

        var facts = JsonSerializer.Deserialize<List<FactRow>>(row.Facts, JsonSerializerOptions.Web) ?? [];
        return new SearchHit(row.Sentence, marked.ToString(), highlights, new ArticleRef(row.ArticleId, row.File, row.Title), row.Start, row.End,
            [.. facts.Select(f => new FactRef(f.Type, f.Id, Links.Of(f.Type, f.Id)))]);
    }

    private sealed record FactRow(string Type, int Id);
}
