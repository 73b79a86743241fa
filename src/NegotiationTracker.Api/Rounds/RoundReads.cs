using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using NegotiationTracker.Api.Common;
using NegotiationTracker.Data;
using NegotiationTracker.Data.Rounds;

namespace NegotiationTracker.Api.Rounds;

/// <summary>The projection of rounds shared by the list and the single round, and the person filter.</summary>
internal static class RoundReads
{
    /// <summary>Rounds with a delegation that has a matching member (or head).</summary>
    public static Expression<Func<Round, bool>> WithMember(TrackerDbContext db, string person, bool headOnly)
    {
        var member = PersonMatch.Member(person, headOnly);
        return r => db.Delegations.Any(d => d.RoundId == r.Id && db.DelegationMembers.Where(m => m.DelegationId == d.Id).Any(member));
    }

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
}
