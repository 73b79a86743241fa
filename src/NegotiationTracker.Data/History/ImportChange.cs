namespace NegotiationTracker.Data.History;

/// <summary>
/// One change an import made: a fact added, restored (it came back under its old id), removed, or one
/// field of it changed from <see cref="Before"/> to <see cref="After"/> (JSON values). Added, restored
/// and removed facts carry their natural key; a changed field carries only the field.
/// </summary>
public sealed class ImportChange
{
    public const string Added = "added";
    public const string Restored = "restored";
    public const string Changed = "changed";
    public const string Removed = "removed";

    public long Id { get; set; }
    public int ImportId { get; set; }
    public required string Entity { get; set; }
    public int EntityId { get; set; }
    public required string Kind { get; set; }
    public string? Key { get; set; }
    public string? Field { get; set; }
    public string? Before { get; set; }
    public string? After { get; set; }
}
