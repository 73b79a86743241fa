using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace NegotiationTracker.Data.Providers.Sqlite;

/// <summary>
/// An OS file lock next to the database, held by whoever migrates. EF Core's own migration lock is a
/// row in <c>__EFMigrationsLock</c> that outlives a killed process and makes every later migration
/// wait for ever. The OS drops a file lock when its holder dies, so a process that holds this guard
/// knows any lock row it finds was left by a process that is gone, and may clear it.
/// </summary>
internal sealed class MigrationGuard : IAsyncDisposable
{
    private const string LockTable = "__EFMigrationsLock";
    private static readonly TimeSpan Retry = TimeSpan.FromMilliseconds(100);
    private readonly FileStream? _file;

    private MigrationGuard(FileStream? file) => _file = file;

    /// <summary>Waits until no other process is migrating this database file.</summary>
    public static async Task<MigrationGuard> AcquireAsync(TrackerDbContext db, ILogger logger, CancellationToken ct)
    {
        var dataSource = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
        if (string.IsNullOrEmpty(dataSource) || dataSource == ":memory:") { return new MigrationGuard(null); }
        var path = Path.GetFullPath(dataSource) + ".migrating";
        for (var waited = false; ; waited = true)
        {
            try
            {
                // FileShare.None takes an exclusive lock (flock on Unix), released by the OS if this process dies.
                return new MigrationGuard(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException) when (!ct.IsCancellationRequested)
            {
                if (!waited) { logger.LogInformation("Another process is migrating {Database}; waiting for it", dataSource); }
                await Task.Delay(Retry, ct);
            }
        }
    }

    /// <summary>Removes a lock row left by a migrator that died; every migrator holds this guard, so none is alive.</summary>
    public async Task ClearStaleLockAsync(TrackerDbContext db, ILogger logger, CancellationToken ct)
    {
        if (_file is null) { return; }
        var tables = await db.Database.SqlQueryRaw<string>($"SELECT name AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name = '{LockTable}'").ToListAsync(ct);
        if (tables.Count == 0) { return; }
        var stale = await db.Database.SqlQueryRaw<string>($"SELECT \"Timestamp\" AS \"Value\" FROM \"{LockTable}\"").ToListAsync(ct);
        if (stale.Count == 0) { return; }
        await db.Database.ExecuteSqlRawAsync($"DELETE FROM \"{LockTable}\"", ct);
        logger.LogWarning("Recovered a stale EF Core migration lock taken at {Taken} by a process that is gone (killed while migrating); migrating now", stale[0]);
    }

    public async ValueTask DisposeAsync()
    {
        if (_file is not null) { await _file.DisposeAsync(); }
    }
}
