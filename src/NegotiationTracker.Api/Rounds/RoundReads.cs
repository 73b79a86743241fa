using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using NegotiationTracker.Api.Common;
using NegotiationTracker.Api.Delegations;
using NegotiationTracker.Api.Demands;
using NegotiationTracker.Data;
using NegotiationTracker.Data.ReadModel;
using NegotiationTracker.Data.Rounds;

namespace NegotiationTracker.Api.Rounds;

/// <summary>The projections of rounds (in a list, and one round with its teams and demands), and the person filter.</summary>
internal static class RoundReads
{
    public static async Task<List<RoundSummary>> Summaries(IQueryable<Round> rounds, EvidenceMode mode, CancellationToken ct, bool traced = true) =>
        (await LoadSummaries(rounds, ct, traced))(mode);

    /// <summary>Reads the rounds once and shapes them for any evidence mode (the read model renders all three from one read).</summary>
    public static async Task<Func<EvidenceMode, List<RoundSummary>>> LoadSummaries(IQueryable<Round> rounds, CancellationToken ct, bool traced = true)
    {
        var rows = await rounds.Select(r => new
        {
            r.Id, r.Number, r.Date, r.DatePrecision, r.DateText, r.City, r.Parties, r.Outcomes, r.Evidence, r.CreatedByImportId, r.ChangedByImportId,
            Venue = r.Venue == null ? null : new VenueRef(r.Venue.Id, r.Venue.Name, r.Venue.City),
        }).ToListAsync(ct);
        return mode => [.. rows.Select(r => new RoundSummary(r.Id, r.Number, r.Date, r.DatePrecision, r.DateText, r.Venue, r.City, r.Parties,
            [.. r.Outcomes.Select(o => new OutcomeResponse(o.Text, o.Evidence.CountFor(mode), o.Evidence.ListFor(mode)))], r.Evidence.CountFor(mode), r.Evidence.ListFor(mode))
        {
            CreatedByImport = traced ? r.CreatedByImportId : null, ChangedByImport = traced ? r.ChangedByImportId : null,
        })];
    }

    /// <summary>The rounds with their teams (negotiators, mediators, observers, each by party) and their demands, in three queries.</summary>
    public static async Task<List<RoundDetail>> Details(TrackerDbContext db, IQueryable<Round> rounds, EvidenceMode mode, CancellationToken ct) =>
        (await LoadDetails(db, rounds, ct))(mode);

    /// <summary>Reads the rounds, their teams and demands once and shapes them for any evidence mode.</summary>
    public static async Task<Func<EvidenceMode, List<RoundDetail>>> LoadDetails(TrackerDbContext db, IQueryable<Round> rounds, CancellationToken ct)
    {
        var loaded = await LoadSummaries(rounds.AsNoTracking(), ct);
        var teams = await db.Delegations.Where(d => rounds.Any(r => r.Id == d.RoundId))
            .OrderBy(d => d.RoundId).ThenBy(d => d.Role == "negotiator" ? 0 : d.Role == "mediator" ? 1 : 2).ThenBy(d => d.Party)
            .LoadResponsesAsync(ct);
        var demands = await db.Demands.Where(d => d.RoundId != null && rounds.Any(r => r.Id == d.RoundId))
            .OrderBy(d => d.RoundId).ThenBy(d => d.Party).ThenBy(d => d.Category).ThenBy(d => d.Id)
            .LoadResponsesAsync(ct);
        return mode =>
        {
            var teamsOf = teams(mode).ToLookup(d => d.RoundId);
            var demandsOf = demands(mode).ToLookup(d => d.RoundId!.Value);
            return [.. loaded(mode).Select(r => new RoundDetail(r.Id, r.Number, r.Date, r.DatePrecision, r.DateText, r.Venue, r.City,
                r.Parties, r.Outcomes, [.. teamsOf[r.Id]], [.. demandsOf[r.Id]], r.EvidenceCount, r.Evidence)
            {
                CreatedByImport = r.CreatedByImport, ChangedByImport = r.ChangedByImport,
            })];
        };
    }
}
