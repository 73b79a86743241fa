namespace NegotiationTracker.Data.ReadModel;

/// <summary>
/// Renders every fact as the API answers it. The API owns the answers' shape, so it renders them
/// (with its own projections and JSON settings) and the import stores them: what the read model
/// serves is by construction what the endpoints answered from the facts.
/// </summary>
public interface IReadModelRenderer
{
    /// <summary>Reads the facts written in <paramref name="db"/>'s open transaction and renders each.</summary>
    Task<RenderedKnowledgeBase> RenderAsync(TrackerDbContext db, CancellationToken ct);
}

/// <summary>Every fact's answers by id: list items, and single items where those say more.</summary>
public sealed record RenderedKnowledgeBase(
    IReadOnlyDictionary<int, RenderedAnswer> Rounds,
    IReadOnlyDictionary<int, RenderedAnswer> RoundDetails,
    IReadOnlyDictionary<int, RenderedAnswer> Delegations,
    IReadOnlyDictionary<int, RenderedAnswer> Participants,
    IReadOnlyDictionary<int, RenderedAnswer> ParticipantDetails,
    IReadOnlyDictionary<int, RenderedAnswer> Demands,
    IReadOnlyDictionary<int, RenderedAnswer> Venues);
