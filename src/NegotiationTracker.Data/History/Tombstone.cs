namespace NegotiationTracker.Data.History;

/// <summary>
/// What is left of a fact that disappeared: its natural key and id (so it gets the same id if it
/// comes back), its last state as JSON, and when and by which import it went. A returning fact
/// takes its id and its tombstone is dropped.
/// </summary>
public sealed class Tombstone
{
    public int Id { get; set; }
    public required string Entity { get; set; }
    public required string Key { get; set; }
    public int EntityId { get; set; }
    public int? CreatedByImportId { get; set; }
    public required string LastState { get; set; }
    public DateTimeOffset RemovedAt { get; set; }
    public int RemovedByImportId { get; set; }
}
