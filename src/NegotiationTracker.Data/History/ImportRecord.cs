namespace NegotiationTracker.Data.History;

/// <summary>
/// One import that changed something: when and how it was started, the seed files it saw change,
/// how many facts of each type it added, changed and removed, and (in <see cref="Changes"/>) each
/// change itself. An import that changed nothing leaves no record.
/// </summary>
public sealed class ImportRecord
{
    public int Id { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset CompletedAt { get; set; }
    public ImportTrigger Trigger { get; set; }
    public List<SeedFileChange> Files { get; set; } = [];
    public List<EntityCounts> Counts { get; set; } = [];
    public List<ImportChange> Changes { get; set; } = [];
}

/// <summary>How an import was started.</summary>
public enum ImportTrigger
{
    /// <summary>A caller that did not say (tests, tools).</summary>
    Other,
    Startup,
    Cli,
    Api,
}

/// <summary>A seed file (article or lexicon file) that an import saw added, changed or removed, with its SHA-256 before and after.</summary>
public sealed record SeedFileChange(string File, string Change, string? Before, string? After);

/// <summary>How many facts of one type an import added, changed and removed.</summary>
public sealed record EntityCounts(string Entity, int Added, int Changed, int Removed);
