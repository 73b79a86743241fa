using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using NegotiationTracker.Api.Common;
using NegotiationTracker.Api.ReadModel;
using NegotiationTracker.Api.Imports;
using NegotiationTracker.Data;
using NegotiationTracker.Data.ReadModel;

namespace NegotiationTracker.Api.Participants;

internal static partial class ParticipantEndpoints
{
    public static IEndpointRouteBuilder MapParticipants(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/participants").WithTags("Participants");
        group.MapGet("/", ListParticipants).WithName(nameof(ListParticipants))
            .WithSummary("List participants")
            .WithDescription("Returns a page of people ordered by name. `name` matches any part of the name or of a spelling variant, ignoring case and diacritics.")
            .WithValidation<ParticipantListQuery>();
        group.MapGet("/{id:int}", GetParticipant).WithName(nameof(GetParticipant))
            .WithSummary("Get one participant")
            .WithDescription("Returns one person with every title held (each with its evidence), the delegations they were part of, and the evidence.")
            .WithValidation<ItemQuery>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status410Gone);
        group.MapGet("/{id:int}/rounds", ListParticipantRounds).WithName(nameof(ListParticipantRounds))
            .WithSummary("List a participant's rounds")
            .WithDescription("Returns a page of the rounds the person took part in, ordered by date (undated last): each round (number, date, city, venue) "
                + "with the delegation the person was in, its party and role, the person's title there and whether they headed it. `head=true` keeps the rounds they led.")
            .WithValidation<ParticipantRoundsQuery>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status410Gone);
        return app;
    }

    private static async Task<Ok<Paged<ParticipantSummary>>> ListParticipants([AsParameters] ParticipantListQuery query, TrackerDbContext db, ReaderSessions sessions, CancellationToken ct)
    {
        var people = new CardQuery(CardKind.Participant, "ParticipantCards");
        if (!string.IsNullOrWhiteSpace(query.Name)) { people.WithText("SearchKeys", query.Name); }
        if (!string.IsNullOrWhiteSpace(query.Party)) { people.WithParty(query.Party); }
        if (query.Round is { } round) { people.Where("EXISTS (SELECT 1 FROM \"RoundMembers\" m WHERE m.\"ParticipantId\" = c.\"Id\" AND m.\"RoundId\" = {0})", round); }
        var order = ParticipantListQuery.Sorts.OrderBySql(query.Sort, "c.\"Name\", c.\"Id\"");
        return TypedResults.Ok(await people.PageAsync<ParticipantSummary>(order, query, sessions, db, ct));
    }

    private static async Task<Results<JsonAnswer<ParticipantDetail>, ProblemHttpResult>> GetParticipant([Description("The id.")] int id, [AsParameters] ItemQuery query, TrackerDbContext db, ReaderSessions sessions, CancellationToken ct) =>
        await CardAnswers.FindAsync(sessions, db, CardKind.Participant, id, query.Mode, ct) is { } person
            ? new JsonAnswer<ParticipantDetail>(person)
            : await Problems.NotFoundOrGoneAsync(db, "Participant", id, ct);
}
