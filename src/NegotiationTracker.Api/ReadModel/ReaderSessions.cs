using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using NegotiationTracker.Data;

namespace NegotiationTracker.Api.ReadModel;

/// <summary>
/// The open connections list pages are read on, each keeping its prepared statements (<see cref="ReaderSession"/>).
/// Opening a pooled connection, preparing the SQL and closing again cost more than the indexed read itself; a
/// session is taken for one request and given back. Readers see the last committed import (WAL on SQLite,
/// MVCC on PostgreSQL), so an open idle connection holds no lock an import waits for.
/// </summary>
internal sealed class ReaderSessions : IDisposable
{
    // A stack, not a bag: ConcurrentBag's Count locks every thread's list, and under load that lock was most of
    // a session's cost; the last session given back (its statements warm) is the next one taken.
    private readonly ConcurrentStack<ReaderSession> _idle = new();

    /// <summary>
    /// Enough for every request the thread pool runs at once to hold one (under 32 connections on 2 cores it ran
    /// more than 8); a burst beyond it opens and closes its own, whose statements are prepared again.
    /// </summary>
    private readonly int _maxIdle = Environment.ProcessorCount * 8;

    private int _idleCount;

    private bool _disposed;

    /// <summary>Runs <paramref name="read"/> on a session of the database <paramref name="db"/> is configured for.</summary>
    public async Task<T> ReadAsync<T>(TrackerDbContext db, Func<ReaderSession, Task<T>> read, CancellationToken ct)
    {
        var session = await RentAsync(db, ct);
        T result;
        try
        {
            result = await read(session);
        }
        catch
        {
            session.Dispose();
            throw;
        }

        Return(session);
        return result;
    }

    private async Task<ReaderSession> RentAsync(TrackerDbContext db, CancellationToken ct)
    {
        if (_idle.TryPop(out var idle)) { Interlocked.Decrement(ref _idleCount); return idle; }

        var template = db.Database.GetDbConnection();
        var connection = DbProviderFactories.GetFactory(template)?.CreateConnection()
            ?? throw new InvalidOperationException($"{template.GetType().Name} has no provider factory.");
        connection.ConnectionString = db.Database.GetConnectionString();
        await connection.OpenAsync(ct);
        return new ReaderSession(connection);
    }

    /// <summary>Takes a session back after a read that went well; one that failed is disposed instead (its state is unknown).</summary>
    private void Return(ReaderSession session)
    {
        if (_disposed || Interlocked.Increment(ref _idleCount) > _maxIdle)
        {
            if (!_disposed) { Interlocked.Decrement(ref _idleCount); }
            session.Dispose();
            return;
        }

        _idle.Push(session);
        // A request that finished while the host stopped: its session must not outlive the host.
        if (_disposed) { Dispose(); }
    }

    public void Dispose()
    {
        _disposed = true;
        while (_idle.TryPop(out var session)) { session.Dispose(); }
    }
}
