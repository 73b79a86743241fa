namespace NegotiationTracker.Data.History;

/// <summary>Settings of the import history (section <c>History</c>).</summary>
public sealed class HistoryOptions
{
    public const string Section = "History";

    /// <summary>How many imports the history keeps; older ones (and their changes) are dropped. Tombstones stay, so ids still come back.</summary>
    public int MaxImports { get; set; } = 100;
}
