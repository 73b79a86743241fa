using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;
using NegotiationTracker.Data.Providers;
using NegotiationTracker.Data.Search;

namespace NegotiationTracker.Data.Postgres;

/// <summary>
/// PostgreSQL, shared by several API instances. Its migrations are in this assembly (Migrations/), those
/// of SQLite stay in NegotiationTracker.Data: one migrations assembly per provider.
/// </summary>
public sealed class PostgresDatabase : IDatabaseEngine
{
    public IEvidenceSearch Search { get; } = new PostgresEvidenceSearch();

    /// <summary>Points a context at an Npgsql connection string, with this assembly's migrations.</summary>
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString, o => o.MigrationsAssembly(typeof(PostgresDatabase).Assembly.GetName().Name));

    /// <summary>
    /// Creates the database if missing and applies pending migrations, one instance at a time. Npgsql's own
    /// migration lock lasts one transaction, and each migration has its own: two instances started together
    /// interleaved, and the second applied a migration the first had just applied. So migrating takes an
    /// advisory lock, which the server drops with a killed holder's session, and looks again once it holds it.
    /// </summary>
    public async Task PrepareAsync(TrackerDbContext db, ILogger logger, CancellationToken ct)
    {
        if (!(await db.Database.GetPendingMigrationsAsync(ct)).Any()) { return; }
        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (!await creator.ExistsAsync(ct))
        {
            try
            {
                await creator.CreateAsync(ct);
            }
            catch (Npgsql.PostgresException e) when (e.SqlState == Npgsql.PostgresErrorCodes.DuplicateDatabase)
            {
                // Another instance created it first.
            }
        }

        await using var migrating = await PostgresAdvisoryLock.TakeAsync(db, PostgresAdvisoryLock.Migration, wait: true, ct);
        if ((await db.Database.GetPendingMigrationsAsync(ct)).Any()) { await db.Database.MigrateAsync(ct); }
    }

    public Task<IAsyncDisposable?> LockImportAsync(TrackerDbContext db, bool wait, CancellationToken ct) =>
        PostgresAdvisoryLock.TakeAsync(db, PostgresAdvisoryLock.Import, wait, ct);
}
