using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using NegotiationTracker.Data.Search;

namespace NegotiationTracker.Data.Providers.Sqlite;

/// <summary>
/// SQLite, embedded: one host's database file. Its migrations are in this assembly (Migrations/).
/// </summary>
public sealed class SqliteDatabase : IDatabaseEngine
{
    public static SqliteDatabase Instance { get; } = new();

    public IEvidenceSearch Search { get; } = new SqliteEvidenceSearch();

    /// <summary>
    /// Applies the committed migrations and switches SQLite to WAL, so readers keep answering from the
    /// last committed import while a new one is written.
    /// </summary>
    /// <remarks>
    /// EF Core takes its migration lock on every <c>MigrateAsync</c>, even with nothing to apply, and a
    /// process killed while holding it blocks every later start. So with nothing pending no lock is
    /// taken at all, and a migrator first clears a lock whose holder is gone (<see cref="MigrationGuard"/>).
    /// </remarks>
    public async Task PrepareAsync(TrackerDbContext db, ILogger logger, CancellationToken ct)
    {
        if ((await db.Database.GetPendingMigrationsAsync(ct)).Any())
        {
            await using var guard = await MigrationGuard.AcquireAsync(db, logger, ct);
            await guard.ClearStaleLockAsync(db, logger, ct);
            await db.Database.MigrateAsync(ct);
        }

        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
    }

    /// <summary>
    /// Nothing to take: one host serves a SQLite file, the import service lets one import run at a time in
    /// it, and SQLite's write lock serializes the rare import from the command line beside it.
    /// </summary>
    public Task<IAsyncDisposable?> LockImportAsync(TrackerDbContext db, bool wait, CancellationToken ct) => Task.FromResult<IAsyncDisposable?>(NoLock.Instance);

    private sealed class NoLock : IAsyncDisposable
    {
        public static NoLock Instance { get; } = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
