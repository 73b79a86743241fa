using FluentValidation;
using NegotiationTracker.Api.Common;

namespace NegotiationTracker.Api.Articles;

/// <summary>Query of <c>GET /api/articles</c>: paging only.</summary>
public sealed record ArticleListQuery : PageQuery;

internal sealed class ArticleListQueryValidator : AbstractValidator<ArticleListQuery>
{
    public ArticleListQueryValidator() => Include(new PageQueryValidator());
}
