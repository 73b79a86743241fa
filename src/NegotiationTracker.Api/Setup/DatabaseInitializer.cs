using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NegotiationTracker.Data;
using NegotiationTracker.Data.History;
using NegotiationTracker.Data.Import;
using NegotiationTracker.Data.Providers;
using NegotiationTracker.Data.ReadModel;

namespace NegotiationTracker.Api.Setup;

/// <summary>
/// Applies the committed migrations and, when the database holds no import yet, imports the seeds.
/// It runs before the server starts listening, so the first request already sees the data. Bad seeds
/// do not stop the host: they are logged, and /health stays unhealthy until an import succeeds.
/// </summary>
internal sealed class DatabaseInitializer(
    IServiceScopeFactory scopes, IOptions<SeedsOptions> seeds, IHostEnvironment environment,
    StartupState state, ILogger<DatabaseInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
        await scope.ServiceProvider.GetRequiredService<IDatabaseEngine>().PrepareAsync(db, logger, cancellationToken);
        if (await db.ImportStates.AnyAsync(cancellationToken))
        {
            // A database imported before the read model existed gets it now, once.
            await ReadModelWriter.RefreshAsync(db, scope.ServiceProvider.GetRequiredService<IReadModelRenderer>(), cancellationToken);
            state.MarkReady();
            return;
        }

        var directory = SeedsLocator.Resolve(seeds.Value.Directory, environment.ContentRootPath);
        var report = await scope.ServiceProvider.GetRequiredService<ImportService>()
            .ImportAsync(directory, seeds.Value.MaxFileBytes, dryRun: false, cancellationToken, trigger: ImportTrigger.Startup);
        foreach (var error in report.Errors)
        {
            logger.LogError("Seed file {File} was refused: {Message}", error.File, error.Message);
        }

        if (report.Succeeded)
        {
            logger.LogInformation("Imported {Count} articles from {Directory} in {Ms} ms", report.ArticlesRead, directory, report.DurationMs);
            state.MarkReady();
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
