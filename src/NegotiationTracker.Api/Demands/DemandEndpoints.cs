using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using NegotiationTracker.Api.Common;
using NegotiationTracker.Api.ReadModel;
using NegotiationTracker.Api.Imports;
using NegotiationTracker.Data;
using NegotiationTracker.Data.ReadModel;

namespace NegotiationTracker.Api.Demands;

internal static class DemandEndpoints
{
    public static IEndpointRouteBuilder MapDemands(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/demands").WithTags("Demands");
        group.MapGet("/", ListDemands).WithName(nameof(ListDemands))
            .WithSummary("List demands")
            .WithDescription("Returns a page of demands (who wants what, by category, with evidence), filtered by party (any alias), category and round.")
            .WithValidation<DemandListQuery>();
        group.MapGet("/{id:int}", GetDemand).WithName(nameof(GetDemand))
            .WithSummary("Get one demand")
            .WithDescription("Returns one demand: who wants what, its category, the round it was made at, and the evidence.")
            .WithValidation<ItemQuery>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status410Gone);
        return app;
    }

    private static async Task<Results<JsonAnswer<DemandResponse>, ProblemHttpResult>> GetDemand(
        [System.ComponentModel.Description("The id.")] int id, [AsParameters] ItemQuery query, TrackerDbContext db, CancellationToken ct) =>
        await CardAnswers.FindAsync(db, CardKind.Demand, id, query.Mode, detail: true) is { } demand
            ? new JsonAnswer<DemandResponse>(demand)
            : await Problems.NotFoundOrGoneAsync(db, "Demand", id, ct);

    private static async Task<Ok<Paged<DemandResponse>>> ListDemands([AsParameters] DemandListQuery query, TrackerDbContext db, CancellationToken ct)
    {
        var demands = db.DemandCards.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Party)) { demands = demands.WithParty(db, CardKind.Demand, query.Party); }
        if (query.Category is { } category) { demands = demands.Where(d => d.Category == category); }
        if (query.Round is { } round) { demands = demands.Where(d => d.RoundId == round); }
        var items = await DemandListQuery.Sorts.Apply(demands, query.Sort, q => q.OrderBy(d => d.Party).ThenBy(d => d.Category).ThenBy(d => d.Id)).Skip(query.Skip).Take(query.Size)
            .AnswersAsync(db, CardKind.Demand, query.Mode, ct);
        return TypedResults.Ok(CardAnswers.Page<DemandResponse>(items, query, await demands.CountAsync(ct)));
    }
}
