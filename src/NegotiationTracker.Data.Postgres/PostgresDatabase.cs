using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using NegotiationTracker.Data.Providers;
using NegotiationTracker.Data.Search;

namespace NegotiationTracker.Data.Postgres;

/// <summary>
/// PostgreSQL, shared by several API instances. Its migrations are in this assembly (Migrations/), those
/// of SQLite stay in NegotiationTracker.Data: one migrations assembly per provider.
/// </summary>
public sealed class PostgresDatabase : IDatabaseProvider
{
    public IEvidenceSearch Search { get; } = new PostgresEvidenceSearch();

    /// <summary>Points a context at an Npgsql connection string, with this assembly's migrations.</summary>
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString, o => o.MigrationsAssembly(typeof(PostgresDatabase).Assembly.GetName().Name));

    /// <summary>
    /// Applies pending migrations. Npgsql's migration lock is a table lock inside a transaction, which the
    /// server drops with the connection of a killed process, so (unlike SQLite's lock row) nothing is left to clear.
    /// </summary>
    public async Task PrepareAsync(TrackerDbContext db, ILogger logger, CancellationToken ct)
    {
        if ((await db.Database.GetPendingMigrationsAsync(ct)).Any()) { await db.Database.MigrateAsync(ct); }
    }

    public Task<IAsyncDisposable?> LockImportAsync(TrackerDbContext db, bool wait, CancellationToken ct) => PostgresImportLock.TakeAsync(db, wait, ct);
}
