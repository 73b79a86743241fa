using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using NegotiationTracker.Api.Common;
using NegotiationTracker.Api.Imports;
using NegotiationTracker.Data;

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

    private static async Task<Ok<Paged<ParticipantSummary>>> ListParticipants([AsParameters] ParticipantListQuery query, TrackerDbContext db, CancellationToken ct)
    {
        var people = db.Participants.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Name)) { people = people.Where(p => EF.Functions.Like(p.SearchKeys, SearchText.AnyPart(query.Name), SearchText.Escape)); }
        if (!string.IsNullOrWhiteSpace(query.Party))
        {
            var pattern = SearchText.WholeKey(query.Party);
            people = people.Where(p => db.Parties.Any(x => x.Name == p.Party && EF.Functions.Like(x.SearchKeys, pattern, SearchText.Escape)));
        }

        if (query.Round is { } round)
        {
            people = people.Where(p => db.DelegationMembers.Any(m => m.ParticipantId == p.Id && db.Delegations.Any(d => d.Id == m.DelegationId && d.RoundId == round)));
        }

        var mode = query.Mode;
        var rows = await ParticipantListQuery.Sorts.Apply(people, query.Sort, q => q.OrderBy(p => p.Name).ThenBy(p => p.Id)).Skip(query.Skip).Take(query.Size)
            .Select(p => new { p.Id, p.Name, p.Aliases, p.Party, p.Titles, p.CreatedByImportId, p.ChangedByImportId }).ToListAsync(ct);
        var items = rows.Select(p => new ParticipantSummary(p.Id, p.Name, p.Aliases, p.Party, [.. p.Titles.Select(t => new TitleResponse(t.Title, t.Evidence.CountFor(mode), t.Evidence.ListFor(mode)))])
        {
            CreatedByImport = Traced.InLists(mode) ? p.CreatedByImportId : null, ChangedByImport = Traced.InLists(mode) ? p.ChangedByImportId : null,
        }).ToList();
        return TypedResults.Ok(new Paged<ParticipantSummary>(items, query.PageNumber, query.Size, await people.CountAsync(ct)));
    }

    private static async Task<Results<Ok<ParticipantDetail>, ProblemHttpResult>> GetParticipant([Description("The id.")] int id, [AsParameters] ItemQuery query, TrackerDbContext db, CancellationToken ct)
    {
        var mode = query.Mode;
        var person = await db.Participants.AsNoTracking().Where(p => p.Id == id)
            .Select(p => new { p.Id, p.Name, p.Aliases, p.Party, p.Titles, p.Evidence, p.CreatedByImportId, p.ChangedByImportId }).SingleOrDefaultAsync(ct);
        if (person is null) { return await Problems.NotFoundOrGoneAsync(db, "Participant", id, ct); }

        var teams = await db.DelegationMembers.AsNoTracking().Where(m => m.ParticipantId == id)
            .Join(db.Delegations, m => m.DelegationId, d => d.Id, (m, d) => new MembershipResponse(
                d.Id, new RoundRef(d.RoundId, d.Round!.Number, d.Round.Date, d.Round.DatePrecision, d.Round.City,
                    d.Round.Venue == null ? null : new VenueRef(d.Round.Venue.Id, d.Round.Venue.Name, d.Round.Venue.City)), d.Party, d.Role, m.Title, m.IsHead))
            .ToListAsync(ct);
        return TypedResults.Ok(new ParticipantDetail(person.Id, person.Name, person.Aliases, person.Party,
            [.. person.Titles.Select(t => new TitleResponse(t.Title, t.Evidence.CountFor(mode), t.Evidence.ListFor(mode)))],
            [.. teams.OrderBy(t => t.Round.Date ?? DateOnly.MaxValue)], person.Evidence.CountFor(mode), person.Evidence.ListFor(mode))
        {
            CreatedByImport = person.CreatedByImportId, ChangedByImport = person.ChangedByImportId,
        });
    }
}
