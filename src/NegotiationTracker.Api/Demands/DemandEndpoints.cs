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
        [System.ComponentModel.Description("The id.")] int id, [AsParameters] ItemQuery query, TrackerDbContext db, ReaderSessions sessions, CancellationToken ct) =>
        await CardAnswers.FindAsync(sessions, db, CardKind.Demand, id, query.Mode, ct) is { } demand
            ? new JsonAnswer<DemandResponse>(demand)
            : await Problems.NotFoundOrGoneAsync(db, "Demand", id, ct);

    private static async Task<Ok<Paged<DemandResponse>>> ListDemands([AsParameters] DemandListQuery query, TrackerDbContext db, ReaderSessions sessions, CancellationToken ct)
    {
        var demands = new CardQuery(CardKind.Demand, "DemandCards");
        if (!string.IsNullOrWhiteSpace(query.Party)) { demands.WithParty(query.Party); }
        if (query.Category is { } category) { demands.Where("c.\"Category\" = {0}", category); }
        if (query.Round is { } round) { demands.Where("c.\"RoundId\" = {0}", round); }
        var order = DemandListQuery.Sorts.OrderBySql(query.Sort, "c.\"Party\", c.\"Category\", c.\"Id\"");
        return TypedResults.Ok(await demands.PageAsync<DemandResponse>(order, query, sessions, db, ct));
    }
}
