using Microsoft.Extensions.Diagnostics.HealthChecks;
using NegotiationTracker.Api.Setup;

namespace NegotiationTracker.Api.Health;

/// <summary>Healthy once the database is migrated and the seeds are imported.</summary>
internal sealed class StartupHealthCheck(StartupState state) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(state.IsReady
            ? HealthCheckResult.Healthy("Database migrated and seeds imported.")
            : HealthCheckResult.Unhealthy("Still migrating or importing."));
}
