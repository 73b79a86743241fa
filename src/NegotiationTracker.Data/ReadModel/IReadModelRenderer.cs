namespace NegotiationTracker.Data.ReadModel;

/// <summary>
/// Renders facts as the API answers them. The API owns the answers' shape, so it renders them
/// (with its own projections and JSON settings) and the import stores them: what the read model
/// serves is by construction what the endpoints answered from the facts.
/// </summary>
public interface IReadModelRenderer
{
    /// <summary>Reads the facts written in <paramref name="db"/>'s open transaction and renders those <paramref name="only"/> names (all when null).</summary>
    Task<RenderedKnowledgeBase> RenderAsync(TrackerDbContext db, ReadModelSelection? only, CancellationToken ct);
}

/// <summary>Each rendered fact's answers, by kind and id.</summary>
public sealed record RenderedKnowledgeBase(IReadOnlyDictionary<CardKind, IReadOnlyDictionary<int, RenderedCard>> Cards);

/// <summary>A fact as a list item, and as the single item (with what only that shows: teams, provenance in every mode).</summary>
public sealed record RenderedCard(RenderedAnswer Item, RenderedAnswer Detail);
