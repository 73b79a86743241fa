using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NegotiationTracker.Api.Common;
using NegotiationTracker.Api.Delegations;
using NegotiationTracker.Api.Demands;
using NegotiationTracker.Api.Imports;
using NegotiationTracker.Api.Participants;
using NegotiationTracker.Api.Rounds;
using NegotiationTracker.Api.Venues;
using NegotiationTracker.Data;
using NegotiationTracker.Data.ReadModel;

namespace NegotiationTracker.Api.ReadModel;

/// <summary>
/// Renders facts with the endpoints' own projections: each projection reads the selected facts once (one query
/// per projection), is shaped for every evidence mode and serialized with the API's JSON settings. A list
/// item carries provenance only with <c>evidence=full</c> (<see cref="Traced.InLists"/>), a single item always.
/// </summary>
internal sealed class ReadModelRenderer(IOptions<JsonOptions> json) : IReadModelRenderer
{
    private static readonly EvidenceMode[] Modes = [EvidenceMode.None, EvidenceMode.Count, EvidenceMode.Full];

    public async Task<RenderedKnowledgeBase> RenderAsync(TrackerDbContext db, ReadModelSelection? only, CancellationToken ct)
    {
        var rounds = db.Rounds.AsNoTracking().Selected(only, CardKind.Round);
        var teams = db.Delegations.AsNoTracking().Selected(only, CardKind.Delegation);
        var people = db.Participants.AsNoTracking().Selected(only, CardKind.Participant);
        var demands = db.Demands.AsNoTracking().Selected(only, CardKind.Demand);
        var venues = db.Venues.AsNoTracking().Selected(only, CardKind.Venue);
        return new(new Dictionary<CardKind, IReadOnlyDictionary<int, RenderedCard>>
        {
            [CardKind.Round] = Render(await RoundReads.LoadSummaries(rounds, ct), r => r.Id, await RoundReads.LoadDetails(db, rounds, ct), r => r.Id),
            [CardKind.Delegation] = Render(await teams.LoadResponsesAsync(ct, traced: true), d => d.Id),
            [CardKind.Participant] = Render(await ParticipantReads.LoadSummaries(people, ct), p => p.Id, await ParticipantReads.LoadDetails(db, people, ct), p => p.Id),
            [CardKind.Demand] = Render(await demands.LoadResponsesAsync(ct, traced: true), d => d.Id),
            [CardKind.Venue] = Render(await VenueEndpoints.LoadResponses(venues, db, ct), v => v.Id),
        });
    }

    /// <summary>A fact whose single item is its list item with provenance in every mode.</summary>
    private Dictionary<int, RenderedCard> Render<T>(Func<EvidenceMode, List<T>> traced, Func<T, int> id) where T : Traced =>
        Render(traced, id, traced, id);

    /// <param name="items">The list items, read once, with provenance (left out here where lists leave it out).</param>
    /// <param name="singles">The single items, read once.</param>
    private Dictionary<int, RenderedCard> Render<TItem, TSingle>(
        Func<EvidenceMode, List<TItem>> items, Func<TItem, int> itemId, Func<EvidenceMode, List<TSingle>> singles, Func<TSingle, int> singleId)
        where TItem : Traced
    {
        var listed = new List<Dictionary<int, byte[]>>();
        var single = new List<Dictionary<int, byte[]>>();
        foreach (var mode in Modes)
        {
            var rendered = items(mode);
            listed.Add(rendered.ToDictionary(itemId, a => Serialize(Traced.InLists(mode) ? a : (Traced)a with { CreatedByImport = null, ChangedByImport = null })));
            single.Add(ReferenceEquals(items, singles) ? rendered.ToDictionary(itemId, a => Serialize(a!)) : singles(mode).ToDictionary(singleId, a => Serialize(a!)));
        }

        return listed[0].ToDictionary(a => a.Key, a => new RenderedCard(
            new RenderedAnswer(a.Value, listed[1][a.Key], listed[2][a.Key]), new RenderedAnswer(single[0][a.Key], single[1][a.Key], single[2][a.Key])));
    }

    private byte[] Serialize(object answer) => JsonSerializer.SerializeToUtf8Bytes(answer, answer.GetType(), json.Value.SerializerOptions);
}
