using NegotiationTracker.Data.Common;

namespace NegotiationTracker.Data.Venues;

/// <summary>A named place where rounds are held.</summary>
public sealed class Venue : SyncedEntity
{
    public required string Name { get; set; }
    public string? City { get; set; }
    public string? Country { get; set; }
    public List<string> Aliases { get; set; } = [];
    public string SearchKeys { get; set; } = "|";
}
