using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using FluentValidation;
using NegotiationTracker.Api.Common;
using NegotiationTracker.Data.Articles;

namespace NegotiationTracker.Api.Articles;

/// <summary>Query of <c>GET /api/articles</c>: paging and sorting.</summary>
public sealed record ArticleListQuery : PageQuery
{
    /// <summary>The fields <c>sort</c> takes.</summary>
    internal static readonly SortFields<Article> Sorts = new SortFields<Article>(e => e.Id)
        .Add("file", a => a.File).Add("title", a => a.Title).Add("publishedOn", a => a.PublishedOn, a => a.PublishedOn == null).Add("id", a => a.Id);

    /// <summary>Comma-separated fields: file, title, publishedOn, id; a leading - sorts descending. Default: file.</summary>
    [Description("Comma-separated fields: file, title, publishedOn, id; a leading - sorts descending (-name). Default: file.")]
    [FromQuery(Name = "sort")]
    public string? Sort { get; init; }
}

internal sealed class ArticleListQueryValidator : AbstractValidator<ArticleListQuery>
{
    public ArticleListQueryValidator()
    {
        Include(new PageQueryValidator());
        RuleFor(q => q.Sort).SortOf(ArticleListQuery.Sorts).OverridePropertyName("sort");
    }
}
