using NegotiationTracker.Data.Common;
using NegotiationTracker.Data.Rounds;

namespace NegotiationTracker.Data.Demands;

/// <summary>What a party wants, by category.</summary>
public sealed class Demand : SyncedEntity
{
    public required string Party { get; set; }
    public string PartyKeys { get; set; } = "|";
    public required string Category { get; set; }
    public required string Text { get; set; }
    public int? RoundId { get; set; }
    public Round? Round { get; set; }
}
