using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NegotiationTracker.Api.Common;
using NegotiationTracker.Api.Delegations;
using NegotiationTracker.Api.Demands;
using NegotiationTracker.Api.Participants;
using NegotiationTracker.Api.Rounds;
using NegotiationTracker.Api.Venues;
using NegotiationTracker.Data;
using NegotiationTracker.Data.ReadModel;

namespace NegotiationTracker.Api.ReadModel;

/// <summary>
/// Renders every fact with the endpoints' own projections, once per evidence mode, each projection one
/// query over the whole table, and serializes the answers with the API's JSON settings.
/// </summary>
internal sealed class ReadModelRenderer(IOptions<JsonOptions> json) : IReadModelRenderer
{
    private static readonly EvidenceMode[] Modes = [EvidenceMode.None, EvidenceMode.Count, EvidenceMode.Full];

    public async Task<RenderedKnowledgeBase> RenderAsync(TrackerDbContext db, CancellationToken ct) => new(
        await RenderAsync(mode => RoundReads.Summaries(db.Rounds.AsNoTracking(), mode, ct), r => r.Id),
        await RenderAsync(mode => RoundReads.Details(db, mode, ct), r => r.Id),
        await RenderAsync(mode => db.Delegations.ToResponsesAsync(mode, ct), d => d.Id),
        await RenderAsync(mode => ParticipantReads.Summaries(db.Participants, mode, ct), p => p.Id),
        await RenderAsync(mode => ParticipantReads.Details(db, mode, ct), p => p.Id),
        await RenderAsync(mode => db.Demands.ToResponsesAsync(mode, ct), d => d.Id),
        await RenderAsync(mode => VenueEndpoints.Responses(db.Venues.AsNoTracking(), db, mode, ct), v => v.Id));

    private async Task<IReadOnlyDictionary<int, RenderedAnswer>> RenderAsync<T>(Func<EvidenceMode, Task<List<T>>> answers, Func<T, int> id)
    {
        var byMode = new List<Dictionary<int, byte[]>>();
        foreach (var mode in Modes)
        {
            byMode.Add((await answers(mode)).ToDictionary(id, a => JsonSerializer.SerializeToUtf8Bytes(a, json.Value.SerializerOptions)));
        }

        return byMode[0].ToDictionary(a => a.Key, a => new RenderedAnswer(a.Value, byMode[1][a.Key], byMode[2][a.Key]));
    }
}
