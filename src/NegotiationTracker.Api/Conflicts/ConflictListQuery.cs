using FluentValidation;
using NegotiationTracker.Api.Common;

namespace NegotiationTracker.Api.Conflicts;

/// <summary>Query of <c>GET /api/conflicts</c>: paging and evidence.</summary>
public sealed record ConflictListQuery : PageQuery;

internal sealed class ConflictListQueryValidator : AbstractValidator<ConflictListQuery>
{
    public ConflictListQueryValidator() => Include(new PageQueryValidator());
}
