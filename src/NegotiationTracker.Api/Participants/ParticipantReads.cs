using Microsoft.EntityFrameworkCore;
using NegotiationTracker.Api.Common;
using NegotiationTracker.Data;
using NegotiationTracker.Data.Participants;

namespace NegotiationTracker.Api.Participants;

/// <summary>The projections of people: in a list, and one person with the teams they were in.</summary>
internal static class ParticipantReads
{
    /// <param name="traced">With the imports that created and last changed each person (lists show them with <c>evidence=full</c> only).</param>
    public static async Task<List<ParticipantSummary>> Summaries(IQueryable<Participant> people, EvidenceMode mode, CancellationToken ct, bool traced = true) =>
        (await LoadSummaries(people, ct, traced))(mode);

    /// <summary>Reads the people once and shapes them for any evidence mode (the read model renders all three from one read).</summary>
    public static async Task<Func<EvidenceMode, List<ParticipantSummary>>> LoadSummaries(IQueryable<Participant> people, CancellationToken ct, bool traced = true)
    {
        var rows = await people.AsNoTracking().Select(p => new { p.Id, p.Name, p.Aliases, p.Party, p.Titles, p.CreatedByImportId, p.ChangedByImportId }).ToListAsync(ct);
        return mode => [.. rows.Select(p => new ParticipantSummary(p.Id, p.Name, p.Aliases, p.Party, [.. p.Titles.Select(t => new TitleResponse(t.Title, t.Evidence.CountFor(mode), t.Evidence.ListFor(mode)))])
        {
            CreatedByImport = traced ? p.CreatedByImportId : null, ChangedByImport = traced ? p.ChangedByImportId : null,
        })];
    }

    /// <summary>The people with their teams, ordered by round date (undated last), in two queries.</summary>
    public static async Task<List<ParticipantDetail>> Details(TrackerDbContext db, IQueryable<Participant> selected, EvidenceMode mode, CancellationToken ct) =>
        (await LoadDetails(db, selected, ct))(mode);

    /// <summary>Reads the people and their teams once and shapes them for any evidence mode.</summary>
    public static async Task<Func<EvidenceMode, List<ParticipantDetail>>> LoadDetails(TrackerDbContext db, IQueryable<Participant> selected, CancellationToken ct)
    {
        var people = await selected.AsNoTracking().Select(p => new { p.Id, p.Name, p.Aliases, p.Party, p.Titles, p.Evidence, p.CreatedByImportId, p.ChangedByImportId }).ToListAsync(ct);
        var teams = (await db.DelegationMembers.AsNoTracking().Where(m => selected.Any(p => p.Id == m.ParticipantId))
            .Join(db.Delegations, m => m.DelegationId, d => d.Id, (m, d) => new
            {
                m.ParticipantId,
                m.DelegationId,
                Team = new MembershipResponse(d.Id, new RoundRef(d.RoundId, d.Round!.Number, d.Round.Date, d.Round.DatePrecision, d.Round.City,
                    d.Round.Venue == null ? null : new VenueRef(d.Round.Venue.Id, d.Round.Venue.Name, d.Round.Venue.City)), d.Party, d.Role, m.Title, m.IsHead),
            })
            .OrderBy(x => x.ParticipantId).ThenBy(x => x.DelegationId).ToListAsync(ct)).ToLookup(x => x.ParticipantId, x => x.Team);
        return mode => [.. people.Select(p => new ParticipantDetail(p.Id, p.Name, p.Aliases, p.Party,
            [.. p.Titles.Select(t => new TitleResponse(t.Title, t.Evidence.CountFor(mode), t.Evidence.ListFor(mode)))],
            [.. teams[p.Id].OrderBy(t => t.Round.Date ?? DateOnly.MaxValue)], p.Evidence.CountFor(mode), p.Evidence.ListFor(mode))
        {
            CreatedByImport = p.CreatedByImportId, ChangedByImport = p.ChangedByImportId,
        })];
    }
}
