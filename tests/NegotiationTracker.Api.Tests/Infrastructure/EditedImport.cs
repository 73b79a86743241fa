using Microsoft.Extensions.DependencyInjection;
using NegotiationTracker.Data.Import;

namespace NegotiationTracker.Api.Tests.Infrastructure;

/// <summary>The step the import tests share: once the API is up, edit the seeds one named way and import them again.</summary>
public static class EditedImport
{
    /// <summary>
    /// Waits for the first import (a request answers only after it), applies <paramref name="edit"/>, imports in a new
    /// scope and checks the import wrote something; the caller reads the database through the returned scope.
    /// </summary>
    public static async Task<AsyncServiceScope> ImportEditedAsync(this TrackerApiFactory factory, HttpClient client, SeedsCopy seeds, string edit, CancellationToken ct)
    {
        await client.GetStringAsync("/api/rounds", ct);
        seeds.Apply(edit);
        var scope = factory.Services.CreateAsyncScope();
        var report = await scope.ServiceProvider.GetRequiredService<ImportService>().ImportAsync(seeds.Directory, 1024 * 1024, dryRun: false, ct);
        Assert.True(report.Succeeded);
        Assert.NotEmpty(report.Changes);
        return scope;
    }
}
