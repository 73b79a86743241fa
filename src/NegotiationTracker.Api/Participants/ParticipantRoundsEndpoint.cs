using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using NegotiationTracker.Api.Common;
using NegotiationTracker.Data;

namespace NegotiationTracker.Api.Participants;

/// <summary><c>GET /api/participants/{id}/rounds</c>: a person's rounds, each with the team they were in there.</summary>
internal static partial class ParticipantEndpoints
{
    private static async Task<Results<Ok<Paged<MembershipResponse>>, ProblemHttpResult>> ListParticipantRounds(
        [Description("The id.")] int id, [AsParameters] ParticipantRoundsQuery query, TrackerDbContext db, CancellationToken ct)
    {
        if (!await db.Participants.AnyAsync(p => p.Id == id, ct)) { return await Problems.NotFoundOrGoneAsync(db, "Participant", id, ct); }

        var memberships = db.DelegationMembers.AsNoTracking().Where(m => m.ParticipantId == id);
        if (query.Head is { } head) { memberships = memberships.Where(m => m.IsHead == head); }
        var rows = memberships.Join(db.Delegations, m => m.DelegationId, d => d.Id, (m, d) => new { m, d })
            .OrderBy(x => x.d.Round!.Date == null).ThenBy(x => x.d.Round!.Date).ThenBy(x => x.d.Round!.Number).ThenBy(x => x.d.Id);
        var items = await rows.Skip(query.Skip).Take(query.Size).Select(x => new MembershipResponse(
            x.d.Id, new RoundRef(x.d.RoundId, x.d.Round!.Number, x.d.Round.Date, x.d.Round.DatePrecision, x.d.Round.City,
                x.d.Round.Venue == null ? null : new VenueRef(x.d.Round.Venue.Id, x.d.Round.Venue.Name, x.d.Round.Venue.City)),
            x.d.Party, x.d.Role, x.m.Title, x.m.IsHead)).ToListAsync(ct);
        return TypedResults.Ok(new Paged<MembershipResponse>(items, query.PageNumber, query.Size, await rows.CountAsync(ct)));
    }
}
