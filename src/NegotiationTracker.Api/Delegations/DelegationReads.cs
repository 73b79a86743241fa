using Microsoft.EntityFrameworkCore;
using NegotiationTracker.Api.Common;
using NegotiationTracker.Data.Delegations;

namespace NegotiationTracker.Api.Delegations;

/// <summary>The one projection of delegations, shared by every endpoint that shows them (one query, members included).</summary>
internal static class DelegationReads
{
    /// <param name="traced">With the imports that created and last changed each team: on the delegations' own endpoints, not where a round embeds them.</param>
    public static async Task<List<DelegationResponse>> ToResponsesAsync(this IQueryable<Delegation> query, EvidenceMode mode, CancellationToken ct, bool traced = false) =>
        (await query.LoadResponsesAsync(ct, traced))(mode);

    /// <summary>Reads the teams once and shapes them for any evidence mode (the read model renders all three from one read).</summary>
    public static async Task<Func<EvidenceMode, List<DelegationResponse>>> LoadResponsesAsync(this IQueryable<Delegation> query, CancellationToken ct, bool traced = false)
    {
        var rows = await query.AsNoTracking().Select(d => new
        {
            d.Id,
            d.RoundId,
            Round = new RoundRef(d.Round!.Id, d.Round.Number, d.Round.Date, d.Round.DatePrecision, d.Round.City,
                d.Round.Venue == null ? null : new VenueRef(d.Round.Venue.Id, d.Round.Venue.Name, d.Round.Venue.City)),
            d.Party,
            d.Role,
            Head = d.Head == null ? null : new PersonRef(d.Head.Id, d.Head.Name),
            Members = d.Members.OrderByDescending(m => m.IsHead).ThenBy(m => m.Participant!.Name)
                .Select(m => new MemberResponse(new PersonRef(m.ParticipantId, m.Participant!.Name), m.Title)).ToList(),
            d.Evidence,
            d.CreatedByImportId,
            d.ChangedByImportId,
        }).ToListAsync(ct);
        return mode => [.. rows.Select(r => new DelegationResponse(r.Id, r.RoundId, r.Round, r.Party, r.Role, r.Head, r.Members, r.Evidence.CountFor(mode), r.Evidence.ListFor(mode))
        {
            CreatedByImport = traced ? r.CreatedByImportId : null, ChangedByImport = traced ? r.ChangedByImportId : null,
        })];
    }
}
