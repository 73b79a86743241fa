using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using NegotiationTracker.Data;

namespace NegotiationTracker.Api.Common;

/// <summary>
/// The import version the API answers from, read from the database at most every
/// <see cref="MaxAge"/> (an import may run in another process, from the command line). When it
/// changes, every cached answer is dropped: the knowledge base changes only on import.
/// </summary>
internal sealed class KnowledgeBaseVersion(IServiceScopeFactory scopes, IOutputCacheStore cache, TimeProvider clock, Setup.StartupState startup) : IDisposable
{
    public const string CacheTag = "knowledge-base";
    private static readonly TimeSpan MaxAge = TimeSpan.FromMilliseconds(250);
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private int _version = -1;
    private DateTimeOffset _checkedAt = DateTimeOffset.MinValue;

    public async ValueTask<int> GetAsync(CancellationToken ct)
    {
        if (clock.GetUtcNow() - _checkedAt < MaxAge) { return _version; }
        await _refresh.WaitAsync(ct);
        try
        {
            if (clock.GetUtcNow() - _checkedAt >= MaxAge) { await RefreshAsync(ct); }
            return _version;
        }
        finally
        {
            _refresh.Release();
        }
    }

    /// <summary>Reads the version now (after an import in this process) and drops cached answers if it moved.</summary>
    public async Task RefreshAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
        var version = await db.ImportStates.AsNoTracking().Select(s => (int?)s.Version).SingleOrDefaultAsync(ct) ?? 0;
        if (version != _version)
        {
            await cache.EvictByTagAsync(CacheTag, ct);
            _version = version;
        }

        _checkedAt = clock.GetUtcNow();
        if (version > 0) { startup.MarkReady(); }
    }

    public void Dispose() => _refresh.Dispose();
}
