using Microsoft.EntityFrameworkCore;

namespace NegotiationTracker.Data.Postgres;

/// <summary>
/// One import at a time across every instance on the database: a session-level advisory lock, held on
/// the context's connection (kept open from lock to unlock). The server drops it when the session ends,
/// so an instance killed mid-import (kill -9, OOM) leaves nothing that blocks the next import.
/// </summary>
internal sealed class PostgresImportLock : IAsyncDisposable
{
    // Any constant, the same in every instance; advisory locks are per database, so databases do not collide.
    private const long Key = 0x4E54_494D_504F_5254; // "NTIMPORT"
    private static readonly TimeSpan Retry = TimeSpan.FromMilliseconds(200);
    private readonly TrackerDbContext _db;

    private PostgresImportLock(TrackerDbContext db) => _db = db;

    public static async Task<IAsyncDisposable?> TakeAsync(TrackerDbContext db, bool wait, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            // Polled rather than pg_advisory_lock, so a waiting start-up can still be cancelled.
            while (!await TryAsync(db, ct))
            {
                if (!wait)
                {
                    await db.Database.CloseConnectionAsync();
                    return null;
                }

                await Task.Delay(Retry, ct);
            }

            return new PostgresImportLock(db);
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
            await _db.Database.SqlQuery<bool>($"SELECT pg_advisory_unlock({Key}) AS \"Value\"").ToListAsync();
        }
        finally
        {
            // Closing returns the session to the pool, whose reset (DISCARD ALL) would drop the lock anyway.
            await _db.Database.CloseConnectionAsync();
        }
    }

    private static async Task<bool> TryAsync(TrackerDbContext db, CancellationToken ct) =>
        (await db.Database.SqlQuery<bool>($"SELECT pg_try_advisory_lock({Key}) AS \"Value\"").ToListAsync(ct))[0];
}
