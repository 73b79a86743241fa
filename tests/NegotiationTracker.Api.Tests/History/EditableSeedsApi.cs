using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using NegotiationTracker.Api.Common;
using NegotiationTracker.Api.Tests.Infrastructure;
using NegotiationTracker.Data.Import;

namespace NegotiationTracker.Api.Tests.History;

/// <summary>An API over an editable copy of the seeds, with a way to re-import as the command line does.</summary>
public class EditableSeedsApi : IDisposable
{
    public EditableSeedsApi(int? maxImports = null)
    {
        Factory = new HistoryFactory(maxImports) { SeedsDirectory = Seeds.Directory };
        Client = Factory.CreateClient();
    }

    public SeedsCopy Seeds { get; } = new();

    public TrackerApiFactory Factory { get; }

    public HttpClient Client { get; }

    public async Task<ImportReport> ImportAsync(bool dryRun = false)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var report = await scope.ServiceProvider.GetRequiredService<ImportService>().ImportAsync(Seeds.Directory, 1024 * 1024, dryRun, TestContext.Current.CancellationToken);
        Assert.True(report.Succeeded);
        await Factory.Services.GetRequiredService<KnowledgeBaseVersion>().RefreshAsync(TestContext.Current.CancellationToken);
        return report;
    }

    public async Task<JsonElement> RoundAfterJuly() =>
        (await Client.GetJsonAsync("/api/rounds?from=2025-07-01&evidence=none")).Items().Single();

    public void Dispose()
    {
        Factory.Dispose();
        Seeds.Dispose();
        GC.SuppressFinalize(this);
    }

    private sealed class HistoryFactory(int? maxImports) : TrackerApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            if (maxImports is { } max) { builder.UseSetting("History:MaxImports", max.ToString(System.Globalization.CultureInfo.InvariantCulture)); }
        }
    }
}
