using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using NegotiationTracker.Api.Common;
using NegotiationTracker.Data;

namespace NegotiationTracker.Api.Articles;

internal static class ArticleEndpoints
{
    public static IEndpointRouteBuilder MapArticles(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/articles").WithTags("Articles");
        group.MapGet("/", ListArticles)
            .WithName(nameof(ListArticles))
            .WithSummary("List the imported articles")
            .WithDescription("Returns a page of the imported seed articles ordered by file name, with headline, dateline date and hash.")
            .WithValidation<ArticleListQuery>();
        group.MapGet("/{id:int}", GetArticle)
            .WithName(nameof(GetArticle))
            .WithSummary("Get one article")
            .WithDescription("Returns one imported article with its full text and links to every fact read from it. An article carries no evidence of its own, so `evidence` changes nothing here.")
            .WithValidation<ItemQuery>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status410Gone);
        return app;
    }

    private static async Task<Ok<Paged<ArticleSummary>>> ListArticles([AsParameters] ArticleListQuery query, TrackerDbContext db, CancellationToken ct)
    {
        var articles = db.Articles.AsNoTracking();
        var items = await ArticleListQuery.Sorts.Apply(articles, query.Sort, q => q.OrderBy(a => a.File).ThenBy(a => a.Id)).Skip(query.Skip).Take(query.Size)
            .Select(a => new ArticleSummary(a.Id, a.File, a.Title, a.PublishedOn, a.Sha256, a.ImportedAt))
            .ToListAsync(ct);
        return TypedResults.Ok(new Paged<ArticleSummary>(items, query.PageNumber, query.Size, await articles.CountAsync(ct)));
    }

    private static async Task<Results<Ok<ArticleDetail>, ProblemHttpResult>> GetArticle([Description("The id.")] int id, [AsParameters] ItemQuery query, TrackerDbContext db, CancellationToken ct)
    {
        var article = await db.Articles.AsNoTracking().Where(a => a.Id == id).SingleOrDefaultAsync(ct);
        if (article is null) { return await Problems.NotFoundOrGoneAsync(db, "Article", id, ct); }

        // Every fact records the files it was read from as |a.txt|b.txt|: one LIKE per table.
        var source = SearchText.Source(article.File);
        var facts = new ArticleFacts(
            await db.Rounds.AsNoTracking().Where(r => EF.Functions.Like(r.Sources, source, SearchText.Escape)).OrderBy(r => r.Date)
                .Select(RoundRefs.Of).ToListAsync(ct),
            await db.Delegations.AsNoTracking().Where(d => EF.Functions.Like(d.Sources, source, SearchText.Escape)).Select(d => d.Id).ToListAsync(ct),
            await db.Participants.AsNoTracking().Where(p => EF.Functions.Like(p.Sources, source, SearchText.Escape)).OrderBy(p => p.Name)
                .Select(p => new PersonRef(p.Id, p.Name)).ToListAsync(ct),
            await db.Venues.AsNoTracking().Where(v => EF.Functions.Like(v.Sources, source, SearchText.Escape)).Select(v => new VenueRef(v.Id, v.Name, v.City)).ToListAsync(ct),
            await db.Demands.AsNoTracking().Where(d => EF.Functions.Like(d.Sources, source, SearchText.Escape)).Select(d => d.Id).ToListAsync(ct),
            await db.Conflicts.AsNoTracking().Where(c => EF.Functions.Like(c.Sources, source, SearchText.Escape)).Select(c => c.Id).ToListAsync(ct));
        return TypedResults.Ok(new ArticleDetail(article.Id, article.File, article.Title, article.PublishedOn, article.Sha256, article.ImportedAt, article.Text, facts));
    }
}
