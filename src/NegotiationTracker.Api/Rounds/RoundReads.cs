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
    /// <summary>Round cards with a team member (or head) that matches.</summary>
    public static Expression<Func<RoundCard, bool>> WithMember(TrackerDbContext db, string person, bool headOnly)
    {
        var member = PersonMatch.Member(person, headOnly);
        return r => db.RoundMembers.Where(m => m.RoundId == r.Id).Any(member);
    }

    public static async Task<List<RoundSummary>> Summaries(IQueryable<Round> rounds, EvidenceMode mode, CancellationToken ct)
    {
        var rows = await rounds.Select(r => new
        {
            r.Id, r.Number, r.Date, r.DatePrecision, r.DateText, r.City, r.Parties, r.Outcomes, r.Evidence,
            Venue = r.Venue == null ? null : new VenueRef(r.Venue.Id, r.Venue.Name, r.Venue.City),
        }).ToListAsync(ct);
        return [.. rows.Select(r => new RoundSummary(r.Id, r.Number, r.Date, r.DatePrecision, r.DateText, r.Venue, r.City, r.Parties,
            [.. r.Outcomes.Select(o => new OutcomeResponse(o.Text, o.Evidence.CountFor(mode), o.Evidence.ListFor(mode)))], r.Evidence.CountFor(mode), r.Evidence.ListFor(mode)))];
    }

    /// <summary>Every round with its teams (negotiators, mediators, observers, each by party) and its demands, in three queries.</summary>
    public static async Task<List<RoundDetail>> Details(TrackerDbContext db, EvidenceMode mode, CancellationToken ct)
    {
        var rounds = await Summaries(db.Rounds.AsNoTracking(), mode, ct);
        var teams = (await db.Delegations.OrderBy(d => d.RoundId).ThenBy(d => d.Role == "negotiator" ? 0 : d.Role == "mediator" ? 1 : 2).ThenBy(d => d.Party)
            .ToResponsesAsync(mode, ct)).ToLookup(d => d.RoundId);
        var demands = (await db.Demands.Where(d => d.RoundId != null).OrderBy(d => d.RoundId).ThenBy(d => d.Party).ThenBy(d => d.Category).ThenBy(d => d.Id)
            .ToResponsesAsync(mode, ct)).ToLookup(d => d.RoundId!.Value);
        return [.. rounds.Select(r => new RoundDetail(r.Id, r.Number, r.Date, r.DatePrecision, r.DateText, r.Venue, r.City,
            r.Parties, r.Outcomes, [.. teams[r.Id]], [.. demands[r.Id]], r.EvidenceCount, r.Evidence))];
    }
}
