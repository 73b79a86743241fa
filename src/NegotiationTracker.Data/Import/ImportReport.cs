using NegotiationTracker.Data.History;

namespace NegotiationTracker.Data.Import;

/// <summary>What one import did, per entity type. The same shape goes to the console and to the API.</summary>
public sealed record ImportReport
{
    public int ArticlesRead { get; init; }
    public int ArticlesChanged { get; init; }
    public bool DryRun { get; init; }
    public bool Succeeded => Errors.Count == 0;
    public IReadOnlyDictionary<string, int> Added { get; init; } = new Dictionary<string, int>();
    public IReadOnlyDictionary<string, int> Updated { get; init; } = new Dictionary<string, int>();
    public IReadOnlyDictionary<string, int> Removed { get; init; } = new Dictionary<string, int>();
    public IReadOnlyDictionary<string, int> Unchanged { get; init; } = new Dictionary<string, int>();

    /// <summary>Why articles were not re-read (unchanged hash, same lexicon), one line per article.</summary>
    public IReadOnlyList<string> Skipped { get; init; } = [];
    public IReadOnlyList<ImportError> Errors { get; init; } = [];

    /// <summary>This import in the history (<c>GET /api/imports/{id}</c>); null when it changed nothing, was refused or was a dry run.</summary>
    public int? ImportId { get; init; }

    /// <summary>Seed files added, changed or removed since the last import, with their SHA-256 before and after.</summary>
    public IReadOnlyList<SeedFileChange> Files { get; init; } = [];

    /// <summary>Every change, as the history records it (a dry run lists what it would record).</summary>
    public IReadOnlyList<FactChange> Changes { get; init; } = [];
    public long DurationMs { get; init; }

    /// <summary>Where the time went: reading the files, extracting, writing (milliseconds).</summary>
    public IReadOnlyDictionary<string, long> PhasesMs { get; init; } = new Dictionary<string, long>();
}
