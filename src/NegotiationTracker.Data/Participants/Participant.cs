using NegotiationTracker.Data.Common;

namespace NegotiationTracker.Data.Participants;

/// <summary>A person, one record however spelled.</summary>
public sealed class Participant : SyncedEntity
{
    public required string Name { get; set; }
    public List<string> Aliases { get; set; } = [];
    public string? Party { get; set; }
    public List<TitleRecord> Titles { get; set; } = [];

    /// <summary>Folded name and aliases as <c>|ararat mirzoyan|ararat mirzoian|</c>, for search by part of a name.</summary>
    public string SearchKeys { get; set; } = "|";
}
