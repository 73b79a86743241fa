using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using FluentValidation;
using NegotiationTracker.Api.Common;
using NegotiationTracker.Data.ReadModel;

namespace NegotiationTracker.Api.Venues;

/// <summary>Query of <c>GET /api/venues</c>: paging and sorting.</summary>
public sealed record VenueListQuery : PageQuery
{
    /// <summary>The fields <c>sort</c> takes.</summary>
    internal static readonly SortFields<VenueCard> Sorts = new SortFields<VenueCard>(e => e.Id)
        .Add("name", v => v.Name).Add("city", v => v.City, v => v.City == null).Add("country", v => v.Country, v => v.Country == null).Add("id", v => v.Id);

    /// <summary>Comma-separated fields: name, city, country, id; a leading - sorts descending. Default: name.</summary>
    [Description("Comma-separated fields: name, city, country, id; a leading - sorts descending (-name). Default: name.")]
    [FromQuery(Name = "sort")]
    public string? Sort { get; init; }
}

internal sealed class VenueListQueryValidator : AbstractValidator<VenueListQuery>
{
    public VenueListQueryValidator()
    {
        Include(new PageQueryValidator());
        RuleFor(q => q.Sort).SortOf(VenueListQuery.Sorts).OverridePropertyName("sort");
    }
}
