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
            .WithDescription("Returns one imported article with its full text.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<Ok<Paged<ArticleSummary>>> ListArticles([AsParameters] ArticleListQuery query, TrackerDbContext db, CancellationToken ct)
    {
        var articles = db.Articles.AsNoTracking();
        var items = await articles.OrderBy(a => a.File).Skip(query.Skip).Take(query.Size)
            .Select(a => new ArticleSummary(a.Id, a.File, a.Title, a.PublishedOn, a.Sha256, a.ImportedAt))
            .ToListAsync(ct);
        return TypedResults.Ok(new Paged<ArticleSummary>(items, query.PageNumber, query.Size, await articles.CountAsync(ct)));
    }

    private static async Task<Results<Ok<ArticleDetail>, ProblemHttpResult>> GetArticle(int id, TrackerDbContext db, CancellationToken ct)
    {
        var article = await db.Articles.AsNoTracking().Where(a => a.Id == id)
            .Select(a => new ArticleDetail(a.Id, a.File, a.Title, a.PublishedOn, a.Sha256, a.ImportedAt, a.Text))
            .SingleOrDefaultAsync(ct);
        return article is null ? Problems.NotFound("Article", id) : TypedResults.Ok(article);
    }
}
