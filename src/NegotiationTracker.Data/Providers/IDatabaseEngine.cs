using Microsoft.Extensions.Logging;
using NegotiationTracker.Data.Search;

namespace NegotiationTracker.Data.Providers;

/// <summary>
/// What differs between the database engines the knowledge base runs on (SQLite, PostgreSQL); the rest
/// is EF Core's. Each engine's SQL stays in its own small classes behind this interface.
/// </summary>
public interface IDatabaseEngine
{
    /// <summary>Applies the committed migrations, so the host and the import verb start on the current schema.</summary>
    Task PrepareAsync(TrackerDbContext db, ILogger logger, CancellationToken ct);

    /// <summary>
    /// Takes the lock that lets one import run at a time across every process using this database, or
    /// returns null at once when another holds it and <paramref name="wait"/> is false. A process that
    /// dies holding it must not keep it.
    /// </summary>
    Task<IAsyncDisposable?> LockImportAsync(TrackerDbContext db, bool wait, CancellationToken ct);

    /// <summary>The full-text search of evidence sentences on this engine.</summary>
    IEvidenceSearch Search { get; }
}
