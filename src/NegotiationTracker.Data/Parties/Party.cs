using NegotiationTracker.Data.Common;

namespace NegotiationTracker.Data.Parties;

/// <summary>A country or organisation that appears in the facts, with its aliases from the lexicon.</summary>
public sealed class Party : SyncedEntity
{
    public required string Name { get; set; }
    public List<string> Aliases { get; set; } = [];

    /// <summary>Folded name and aliases as <c>|turkey|turkish|ankara|</c>: filters match any alias in SQL.</summary>
    public string SearchKeys { get; set; } = "|";
}
