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
    public static async Task<List<RoundSummary>> Summaries(IQueryable<Round> rounds, EvidenceMode mode, CancellationToken ct, bool traced = true)
    {
        var rows = await rounds.Select(r => new
        {
            r.Id, r.Number, r.Date, r.DatePrecision, r.DateText, r.City, r.Parties, r.Outcomes, r.Evidence, r.CreatedByImportId, r.ChangedByImportId,
            Venue = r.Venue == null ? null : new VenueRef(r.Venue.Id, r.Venue.Name, r.Venue.City),
        }).ToListAsync(ct);
        return [.. rows.Select(r => new RoundSummary(r.Id, r.Number, r.Date, r.DatePrecision, r.DateText, r.Venue, r.City, r.Parties,
            [.. r.Outcomes.Select(o => new OutcomeResponse(o.Text, o.Evidence.CountFor(mode), o.Evidence.ListFor(mode)))], r.Evidence.CountFor(mode), r.Evidence.ListFor(mode))
        {
            CreatedByImport = traced ? r.CreatedByImportId : null, ChangedByImport = traced ? r.ChangedByImportId : null,
        })];
    }

    /// <summary>The rounds with their teams (negotiators, mediators, observers, each by party) and their demands, in three queries.</summary>
    public static async Task<List<RoundDetail>> Details(TrackerDbContext db, IQueryable<Round> rounds, EvidenceMode mode, CancellationToken ct)
    {
        var summaries = await Summaries(rounds.AsNoTracking(), mode, ct);
        var teams = (await db.Delegations.Where(d => rounds.Any(r => r.Id == d.RoundId))
            .OrderBy(d => d.RoundId).ThenBy(d => d.Role == "negotiator" ? 0 : d.Role == "mediator" ? 1 : 2).ThenBy(d => d.Party)
            .ToResponsesAsync(mode, ct)).ToLookup(d => d.RoundId);
        var demands = (await db.Demands.Where(d => d.RoundId != null && rounds.Any(r => r.Id == d.RoundId))
            .OrderBy(d => d.RoundId).ThenBy(d => d.Party).ThenBy(d => d.Category).ThenBy(d => d.Id)
            .ToResponsesAsync(mode, ct)).ToLookup(d => d.RoundId!.Value);
        return [.. summaries.Select(r => new RoundDetail(r.Id, r.Number, r.Date, r.DatePrecision, r.DateText, r.Venue, r.City,
            r.Parties, r.Outcomes, [.. teams[r.Id]], [.. demands[r.Id]], r.EvidenceCount, r.Evidence)
        {
            CreatedByImport = r.CreatedByImport, ChangedByImport = r.ChangedByImport,
        })];
    }
}
