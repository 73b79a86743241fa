using NegotiationTracker.Data.Common;

namespace NegotiationTracker.Data.Conflicts;

/// <summary>A fact on which the articles disagree; every claim is kept with its evidence.</summary>
public sealed class Conflict : SyncedEntity
{
    public required string Subject { get; set; }
    public required string Field { get; set; }
    public List<ClaimRecord> Claims { get; set; } = [];
}
