using Microsoft.EntityFrameworkCore;
using NegotiationTracker.Api.Common;
using NegotiationTracker.Data.Demands;

namespace NegotiationTracker.Api.Demands;

internal static class DemandReads
{
    /// <param name="traced">With the imports that created and last changed each demand: on the demands' own endpoints, not where a round embeds them.</param>
    public static async Task<List<DemandResponse>> ToResponsesAsync(this IQueryable<Demand> query, EvidenceMode mode, CancellationToken ct, bool traced = false) =>
        (await query.LoadResponsesAsync(ct, traced))(mode);

    /// <summary>Reads the demands once and shapes them for any evidence mode (the read model renders all three from one read).</summary>
    public static async Task<Func<EvidenceMode, List<DemandResponse>>> LoadResponsesAsync(this IQueryable<Demand> query, CancellationToken ct, bool traced = false)
    {
        var rows = await query.AsNoTracking().Select(d => new
        {
            d.Id, d.Party, d.Category, d.Text, d.RoundId, d.Evidence, d.CreatedByImportId, d.ChangedByImportId,
            Round = d.Round == null ? null : new RoundRef(d.Round.Id, d.Round.Number, d.Round.Date, d.Round.DatePrecision, d.Round.City,
                d.Round.Venue == null ? null : new VenueRef(d.Round.Venue.Id, d.Round.Venue.Name, d.Round.Venue.City)),
        }).ToListAsync(ct);
        return mode => [.. rows.Select(d => new DemandResponse(d.Id, d.Party, d.Category, d.Text, d.RoundId, d.Round, d.Evidence.CountFor(mode), d.Evidence.ListFor(mode))
        {
            CreatedByImport = traced ? d.CreatedByImportId : null, ChangedByImport = traced ? d.ChangedByImportId : null,
        })];
    }
}
