using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using NegotiationTracker.Api.Setup;

namespace NegotiationTracker.Api.Import;

/// <summary>
/// An import rewrites the knowledge base; a few a minute is plenty, more is a mistake or abuse. Only
/// requests with the right key count, so a stranger cannot lock the owner out with wrong keys.
/// </summary>
internal sealed class ImportRateLimit(IOptions<ImportOptions> options) : IDisposable
{
    private readonly FixedWindowRateLimiter _limiter = new(new FixedWindowRateLimiterOptions
    {
        PermitLimit = options.Value.PermitsPerMinute,
        Window = TimeSpan.FromMinutes(1),
        QueueLimit = 0,
    });

    /// <summary>Takes one permit; false when the minute's permits are spent.</summary>
    public bool TryAcquire()
    {
        using var lease = _limiter.AttemptAcquire();
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
