using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace NegotiationTracker.Data;

public static class DatabasePreparation
{
    /// <summary>
    /// Applies the committed migrations and switches SQLite to WAL, so readers keep answering from the
    /// last committed import while a new one is written. The web host and the import verb both call it.
    /// </summary>
    /// <remarks>
    /// EF Core takes its migration lock on every <c>MigrateAsync</c>, even with nothing to apply, and a
    /// process killed while holding it blocks every later start. So with nothing pending no lock is
    /// taken at all, and a migrator first clears a lock whose holder is gone (<see cref="MigrationGuard"/>).
    /// </remarks>
    public static async Task PrepareAsync(this TrackerDbContext db, ILogger logger, CancellationToken ct)
    {
        if ((await db.Database.GetPendingMigrationsAsync(ct)).Any())
        {
            await using var guard = await MigrationGuard.AcquireAsync(db, logger, ct);
            await guard.ClearStaleLockAsync(db, logger, ct);
            await db.Database.MigrateAsync(ct);
        }

        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
    }
}
