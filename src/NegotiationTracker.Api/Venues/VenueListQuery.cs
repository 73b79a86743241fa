using FluentValidation;
using NegotiationTracker.Api.Common;

namespace NegotiationTracker.Api.Venues;

/// <summary>Query of <c>GET /api/venues</c>: paging only.</summary>
public sealed record VenueListQuery : PageQuery;

internal sealed class VenueListQueryValidator : AbstractValidator<VenueListQuery>
{
    public VenueListQueryValidator() => Include(new PageQueryValidator());
}
