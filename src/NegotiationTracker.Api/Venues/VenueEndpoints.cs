using System.Text.Json.Serialization;
using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using NegotiationTracker.Api.Common;
using NegotiationTracker.Api.ReadModel;
using NegotiationTracker.Api.Imports;
using NegotiationTracker.Data;
using NegotiationTracker.Data.ReadModel;
using NegotiationTracker.Data.Venues;

namespace NegotiationTracker.Api.Venues;

/// <summary>A venue with the rounds held there.</summary>
public sealed record VenueResponse(
    int Id, string Name, string? City, string? Country, IReadOnlyList<string> Aliases, IReadOnlyList<RoundRef> Rounds, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? EvidenceCount,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<EvidenceResponse>? Evidence) : Traced;

internal static class VenueEndpoints
{
    public static IEndpointRouteBuilder MapVenues(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/venues").WithTags("Venues");
        group.MapGet("/", ListVenues).WithName(nameof(ListVenues))
            .WithSummary("List venues")
            .WithDescription("Returns a page of named venues ordered by name, each with the rounds held there.")
            .WithValidation<VenueListQuery>();
        group.MapGet("/{id:int}", GetVenue).WithName(nameof(GetVenue))
            .WithSummary("Get one venue")
            .WithDescription("Returns one venue with its city, country, spellings seen, the rounds held there and the evidence.")
            .WithValidation<ItemQuery>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status410Gone);
        return app;
    }

    private static async Task<Ok<Paged<VenueResponse>>> ListVenues([AsParameters] VenueListQuery query, TrackerDbContext db, ReaderSessions sessions, CancellationToken ct) =>
        TypedResults.Ok(await new CardQuery(CardKind.Venue, "VenueCards").PageAsync<VenueResponse>(VenueListQuery.Sorts.OrderBySql(query.Sort, "c.\"Name\", c.\"Id\""), query, sessions, db, ct));

    private static async Task<Results<JsonAnswer<VenueResponse>, ProblemHttpResult>> GetVenue([Description("The id.")] int id, [AsParameters] ItemQuery query, TrackerDbContext db, ReaderSessions sessions, CancellationToken ct) =>
        await CardAnswers.FindAsync(sessions, db, CardKind.Venue, id, query.Mode, ct) is { } venue
            ? new JsonAnswer<VenueResponse>(venue)
            : await Problems.NotFoundOrGoneAsync(db, "Venue", id, ct);

    /// <summary>Two queries whatever the page size: the venues, then all their rounds.</summary>
    public static async Task<List<VenueResponse>> Responses(IQueryable<Venue> venues, TrackerDbContext db, EvidenceMode mode, CancellationToken ct, bool traced = true) =>
        (await LoadResponses(venues, db, ct, traced))(mode);

    /// <summary>Reads the venues and their rounds once and shapes them for any evidence mode (the read model renders all three from one read).</summary>
    public static async Task<Func<EvidenceMode, List<VenueResponse>>> LoadResponses(IQueryable<Venue> venues, TrackerDbContext db, CancellationToken ct, bool traced = true)
    {
        var rows = await venues.Select(v => new { v.Id, v.Name, v.City, v.Country, v.Aliases, v.Evidence, v.CreatedByImportId, v.ChangedByImportId }).ToListAsync(ct);
        var ids = rows.Select(v => v.Id).ToList();
        var rounds = (await db.Rounds.AsNoTracking().Where(r => r.VenueId != null && ids.Contains(r.VenueId.Value))
                .Select(r => new { VenueId = r.VenueId!.Value, Round = new RoundRef(r.Id, r.Number, r.Date, r.DatePrecision, r.City, new VenueRef(r.Venue!.Id, r.Venue.Name, r.Venue.City)) }).ToListAsync(ct))
            .ToLookup(r => r.VenueId, r => r.Round);
        return mode => [.. rows.Select(v => new VenueResponse(v.Id, v.Name, v.City, v.Country, v.Aliases, [.. rounds[v.Id].OrderBy(r => r.Date)], v.Evidence.CountFor(mode), v.Evidence.ListFor(mode))
        {
            CreatedByImport = traced ? v.CreatedByImportId : null, ChangedByImport = traced ? v.ChangedByImportId : null,
        })];
    }
}
