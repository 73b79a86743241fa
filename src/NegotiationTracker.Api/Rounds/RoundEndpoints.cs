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

    private static async Task<Ok<Paged<RoundSummary>>> ListRounds([AsParameters] RoundListQuery query, TrackerDbContext db, CancellationToken ct)
    {
        var rounds = db.RoundCards.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Party)) { rounds = rounds.WithParty(db, CardKind.Round, query.Party); }
        // On the sort column, so the page is read in index order; the last date there is stands for "undated".
        if (QueryRules.Date(query.From) is { } from) { rounds = rounds.Where(r => r.DateOrder >= from && r.DateOrder < DateOnly.MaxValue); }
        if (QueryRules.Date(query.To) is { } to) { rounds = rounds.Where(r => r.DateOrder <= to && r.DateOrder < DateOnly.MaxValue); }
        if (!string.IsNullOrWhiteSpace(query.Venue)) { rounds = rounds.WithPieceOf(db, CardKind.Round, query.Venue).Where(r => r.VenueKeys != null && EF.Functions.Like(r.VenueKeys, SearchText.AnyPart(query.Venue), SearchText.Escape)); }
        if (query.Number is { } number) { rounds = rounds.Where(r => r.Number == number); }
        if (!string.IsNullOrWhiteSpace(query.Participant)) { rounds = rounds.Where(RoundReads.WithMember(db, query.Participant, headOnly: false)); }
        if (!string.IsNullOrWhiteSpace(query.Head)) { rounds = rounds.Where(RoundReads.WithMember(db, query.Head, headOnly: true)); }

        var page = await RoundListQuery.Sorts.Apply(rounds, query.Sort, q => q.OrderBy(r => r.DateOrder).ThenBy(r => r.Number).ThenBy(r => r.Id))
            .Skip(query.Skip).Take(query.Size).AnswersAsync(db, CardKind.Round, query.Mode, ct);
        return TypedResults.Ok(CardAnswers.Page<RoundSummary>(page, query, await rounds.CountAsync(ct)));
    }

    private static async Task<Results<JsonAnswer<RoundDetail>, ProblemHttpResult>> GetRound([Description("The id.")] int id, [AsParameters] ItemQuery query, TrackerDbContext db, CancellationToken ct) =>
        await CardAnswers.FindAsync(db, CardKind.Round, id, query.Mode, detail: true) is { } answer
            ? new JsonAnswer<RoundDetail>(answer)
            : await Problems.NotFoundOrGoneAsync(db, "Round", id, ct);

    private static async Task<Results<Ok<List<DelegationResponse>>, ProblemHttpResult>> ListRoundDelegations([Description("The id.")] int id, [AsParameters] ItemQuery query, TrackerDbContext db, CancellationToken ct) =>
        !await db.Rounds.AnyAsync(r => r.Id == id, ct)
            ? await Problems.NotFoundOrGoneAsync(db, "Round", id, ct)
            : TypedResults.Ok(await db.Delegations.Where(d => d.RoundId == id).OrderBy(d => d.Role == "negotiator" ? 0 : d.Role == "mediator" ? 1 : 2).ThenBy(d => d.Party).ToResponsesAsync(query.Mode, ct));
}
