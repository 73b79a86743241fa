using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using NegotiationTracker.Api.Common;
using NegotiationTracker.Api.ReadModel;
using NegotiationTracker.Api.Imports;
using NegotiationTracker.Data;
using NegotiationTracker.Data.ReadModel;

namespace NegotiationTracker.Api.Delegations;

internal static class DelegationEndpoints
{
    public static IEndpointRouteBuilder MapDelegations(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/delegations").WithTags("Delegations");
        group.MapGet("/", ListDelegations).WithName(nameof(ListDelegations))
            .WithSummary("List delegations")
            .WithDescription("Returns a page of teams (a party at a round: role, head, members with titles, evidence), ordered by round date then party.")
            .WithValidation<DelegationListQuery>();
        group.MapGet("/{id:int}", GetDelegation).WithName(nameof(GetDelegation))
            .WithSummary("Get one delegation")
            .WithDescription("Returns one team: its round (number, date, city, venue), party, role, head, members with titles, and evidence.")
            .WithValidation<ItemQuery>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status410Gone);
        return app;
    }

    private static async Task<Results<JsonAnswer<DelegationResponse>, ProblemHttpResult>> GetDelegation(
        [System.ComponentModel.Description("The id.")] int id, [AsParameters] ItemQuery query, TrackerDbContext db, ReaderSessions sessions, CancellationToken ct) =>
        await CardAnswers.FindAsync(sessions, db, CardKind.Delegation, id, query.Mode, ct) is { } team
            ? new JsonAnswer<DelegationResponse>(team)
            : await Problems.NotFoundOrGoneAsync(db, "Delegation", id, ct);

    private static async Task<Ok<Paged<DelegationResponse>>> ListDelegations([AsParameters] DelegationListQuery query, TrackerDbContext db, ReaderSessions sessions, CancellationToken ct)
    {
        var teams = new CardQuery(CardKind.Delegation, "DelegationCards");
        if (query.Round is { } round) { teams.Where("c.\"RoundId\" = {0}", round); }
        if (!string.IsNullOrWhiteSpace(query.Party)) { teams.WithParty(query.Party); }
        var order = DelegationListQuery.Sorts.OrderBySql(query.Sort, "c.\"RoundDateOrder\", c.\"RoundId\", c.\"Party\"");
        return TypedResults.Ok(await teams.PageAsync<DelegationResponse>(order, query, sessions, db, ct));
    }
}
