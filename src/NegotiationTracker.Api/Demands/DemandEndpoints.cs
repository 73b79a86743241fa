using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using NegotiationTracker.Api.Common;
using NegotiationTracker.Data;

namespace NegotiationTracker.Api.Demands;

internal static class DemandEndpoints
{
    public static IEndpointRouteBuilder MapDemands(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/demands").WithTags("Demands")
            .MapGet("/", ListDemands).WithName(nameof(ListDemands))
            .WithSummary("List demands")
            .WithDescription("Returns a page of demands (who wants what, by category, with evidence), filtered by party (any alias), category and round.")
            .WithValidation<DemandListQuery>();
        return app;
    }

    private static async Task<Ok<Paged<DemandResponse>>> ListDemands([AsParameters] DemandListQuery query, TrackerDbContext db, CancellationToken ct)
    {
        var demands = db.Demands.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Party)) { demands = demands.Where(d => EF.Functions.Like(d.PartyKeys, SearchText.WholeKey(query.Party), SearchText.Escape)); }
        if (query.Category is { } category) { demands = demands.Where(d => d.Category == category); }
        if (query.Round is { } round) { demands = demands.Where(d => d.RoundId == round); }
        var items = await DemandListQuery.Sorts.Apply(demands, query.Sort, q => q.OrderBy(d => d.Party).ThenBy(d => d.Category).ThenBy(d => d.Id)).Skip(query.Skip).Take(query.Size).ToResponsesAsync(query.Mode, ct);
        return TypedResults.Ok(new Paged<DemandResponse>(items, query.PageNumber, query.Size, await demands.CountAsync(ct)));
    }
}
