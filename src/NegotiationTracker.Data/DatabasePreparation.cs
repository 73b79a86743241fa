using Microsoft.EntityFrameworkCore;

namespace NegotiationTracker.Data;

public static class DatabasePreparation
{
    /// <summary>
    /// Applies the committed migrations and switches SQLite to WAL, so readers keep answering from the
    /// last committed import while a new one is written. The web host and the import verb both call it.
    /// </summary>
    public static async Task PrepareAsync(this TrackerDbContext db, CancellationToken ct)
    {
        await db.Database.MigrateAsync(ct);
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
    }
}
