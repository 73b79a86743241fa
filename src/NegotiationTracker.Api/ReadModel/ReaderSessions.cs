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
    private readonly ConcurrentBag<ReaderSession> _idle = [];

    /// <summary>Enough for every worker thread to hold one; a burst beyond it opens and closes its own.</summary>
    private readonly int _maxIdle = Environment.ProcessorCount * 4;

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
        if (_idle.TryTake(out var idle)) { return idle; }

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
        if (_disposed || _idle.Count >= _maxIdle)
        {
            session.Dispose();
            return;
        }

        _idle.Add(session);
        // A request that finished while the host stopped: its session must not outlive the host.
        if (_disposed) { Dispose(); }
    }

    public void Dispose()
    {
        _disposed = true;
        while (_idle.TryTake(out var session)) { session.Dispose(); }
    }
}
