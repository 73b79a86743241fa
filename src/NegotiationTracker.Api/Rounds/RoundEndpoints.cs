using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using NegotiationTracker.Api.Common;
using NegotiationTracker.Api.Delegations;
using NegotiationTracker.Api.Demands;
using NegotiationTracker.Api.Imports;
using NegotiationTracker.Data;
using NegotiationTracker.Api.ReadModel;
using NegotiationTracker.Data.ReadModel;

namespace NegotiationTracker.Api.Rounds;

internal static class RoundEndpoints
{
    public static IEndpointRouteBuilder MapRounds(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/rounds").WithTags("Rounds");
        group.MapGet("/", ListRounds).WithName(nameof(ListRounds))
            .WithSummary("List rounds")
            .WithDescription("Returns a page of rounds ordered by date (undated last), filtered by party (any alias), date range, venue, number, "
                + "and a person taking part (`participant`) or heading a delegation (`head`), each by id or by any spelling of the name.")
            .WithValidation<RoundListQuery>();
        group.MapGet("/{id:int}", GetRound).WithName(nameof(GetRound))
            .WithSummary("Get one round")
            .WithDescription("Returns one round with its delegations (heads and members with titles), its demands and the evidence for it.")
            .WithValidation<ItemQuery>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status410Gone);
        group.MapGet("/{id:int}/delegations", ListRoundDelegations).WithName(nameof(ListRoundDelegations))
            .WithSummary("List a round's delegations")
            .WithDescription("Returns every party's team at the round: role, head and members with their titles, and evidence.")
            .WithValidation<ItemQuery>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status410Gone);
        return app;
    }

    private static async Task<Ok<Paged<RoundSummary>>> ListRounds([AsParameters] RoundListQuery query, TrackerDbContext db, ReaderSessions sessions, CancellationToken ct)
    {
        var rounds = new CardQuery(CardKind.Round, "RoundCards");
        if (!string.IsNullOrWhiteSpace(query.Party)) { rounds.WithParty(query.Party); }
        // On the sort column, so the page is read in index order; the last date there is stands for "undated".
        if (QueryRules.Date(query.From) is { } from) { rounds.Where("c.\"DateOrder\" >= {0} AND c.\"DateOrder\" < {1}", from, DateOnly.MaxValue); }
        if (QueryRules.Date(query.To) is { } to) { rounds.Where("c.\"DateOrder\" <= {0} AND c.\"DateOrder\" < {1}", to, DateOnly.MaxValue); }
        if (!string.IsNullOrWhiteSpace(query.Venue)) { rounds.WithText("VenueKeys", query.Venue); }
        if (query.Number is { } number) { rounds.Where("c.\"Number\" = {0}", number); }
        if (!string.IsNullOrWhiteSpace(query.Participant)) { rounds.WithMember(query.Participant, headOnly: false); }
        if (!string.IsNullOrWhiteSpace(query.Head)) { rounds.WithMember(query.Head, headOnly: true); }

        var order = RoundListQuery.Sorts.OrderBySql(query.Sort, "c.\"DateOrder\", c.\"Number\", c.\"Id\"");
        return TypedResults.Ok(await rounds.PageAsync<RoundSummary>(order, query, sessions, db, ct));
    }

    private static async Task<Results<JsonAnswer<RoundDetail>, ProblemHttpResult>> GetRound([Description("The id.")] int id, [AsParameters] ItemQuery query, TrackerDbContext db, ReaderSessions sessions, CancellationToken ct) =>
        await CardAnswers.FindAsync(sessions, db, CardKind.Round, id, query.Mode, ct) is { } answer
            ? new JsonAnswer<RoundDetail>(answer)
            : await Problems.NotFoundOrGoneAsync(db, "Round", id, ct);

    private static async Task<Results<Ok<List<DelegationResponse>>, ProblemHttpResult>> ListRoundDelegations([Description("The id.")] int id, [AsParameters] ItemQuery query, TrackerDbContext db, CancellationToken ct) =>
        !await db.Rounds.AnyAsync(r => r.Id == id, ct)
            ? await Problems.NotFoundOrGoneAsync(db, "Round", id, ct)
            : TypedResults.Ok(await db.Delegations.Where(d => d.RoundId == id).OrderBy(d => d.Role == "negotiator" ? 0 : d.Role == "mediator" ? 1 : 2).ThenBy(d => d.Party).ToResponsesAsync(query.Mode, ct));
}
