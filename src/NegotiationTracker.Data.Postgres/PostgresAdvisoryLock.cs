using Microsoft.EntityFrameworkCore;

namespace NegotiationTracker.Data.Postgres;

/// <summary>
/// One holder at a time across every instance on the database: a session-level advisory lock, held on
/// the context's connection (kept open from lock to unlock). The server drops it when the session ends,
/// so an instance killed while holding it (kill -9, OOM) leaves nothing that blocks the next one.
/// </summary>
internal sealed class PostgresAdvisoryLock : IAsyncDisposable
{
    // Any constants, the same in every instance; advisory locks are per database, so databases do not collide.
    public const long Import = 0x4E54_494D_504F_5254; // "NTIMPORT"
    public const long Migration = 0x4E54_4D49_4752_4154; // "NTMIGRAT"
    private static readonly TimeSpan Retry = TimeSpan.FromMilliseconds(200);
    private readonly TrackerDbContext _db;
    private readonly long _key;

    private PostgresAdvisoryLock(TrackerDbContext db, long key) => (_db, _key) = (db, key);

    public static async Task<IAsyncDisposable?> TakeAsync(TrackerDbContext db, long key, bool wait, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            // Polled rather than pg_advisory_lock, so a waiting start-up can still be cancelled.
            while (!await TryAsync(db, key, ct))
            {
                if (!wait)
                {
                    await db.Database.CloseConnectionAsync();
                    return null;
                }

                await Task.Delay(Retry, ct);
            }

            return new PostgresAdvisoryLock(db, key);
        }
        catch
        {
            await db.Database.CloseConnectionAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _db.Database.SqlQuery<bool>($"SELECT pg_advisory_unlock({_key}) AS \"Value\"").ToListAsync();
        }
        finally
        {
            // Closing returns the session to the pool, whose reset (DISCARD ALL) would drop the lock anyway.
            await _db.Database.CloseConnectionAsync();
        }
    }

    private static async Task<bool> TryAsync(TrackerDbContext db, long key, CancellationToken ct) =>
        (await db.Database.SqlQuery<bool>($"SELECT pg_try_advisory_lock({key}) AS \"Value\"").ToListAsync(ct))[0];
}
