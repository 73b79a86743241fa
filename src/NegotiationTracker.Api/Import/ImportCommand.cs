using System.CommandLine;
using Microsoft.Extensions.Options;
using NegotiationTracker.Api.Setup;
using NegotiationTracker.Data;
using NegotiationTracker.Data.History;
using NegotiationTracker.Data.Import;
using NegotiationTracker.Data.Providers;

namespace NegotiationTracker.Api.Import;

/// <summary>
/// <c>dotnet run --project src/NegotiationTracker.Api -- import [--seeds DIR] [--dry-run]</c>: imports
/// with the API's own configuration, prints the report, and exits 0 on success, 1 when seed files
/// were refused (each named on stderr), 2 on any other failure.
/// </summary>
internal static class ImportCommand
{
    public const string Verb = "import";

    /// <summary>Exit code for a bad command line or any failure other than refused seeds.</summary>
    public const int UsageError = 2;

    public static async Task<int> RunAsync(string[] args)
    {
        var seedsOption = new Option<DirectoryInfo?>("--seeds") { Description = "The seeds directory (default: Seeds:Directory, else the repository's seeds/)." };
        var dryRunOption = new Option<bool>("--dry-run") { Description = "Show the report; write nothing." };
        var command = new RootCommand("Re-imports the seed articles and lexicon into the knowledge base.") { seedsOption, dryRunOption };
        command.SetAction((result, ct) => ImportAsync(result.GetValue(seedsOption), result.GetValue(dryRunOption), ct));
        var parsed = command.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            // System.CommandLine answers a bad command line with 1, which the README gives to refused seeds: this is "any other error".
            foreach (var error in parsed.Errors) { await Console.Error.WriteLineAsync($"error: {error.Message}"); }
            await Console.Error.WriteLineAsync("usage: import [--seeds DIR] [--dry-run]");
            return UsageError;
        }

        return await parsed.InvokeAsync();
    }

    /// <summary>
    /// The same content root as the web host under `dotnet run` (the project folder, which holds
    /// appsettings.json), so both use one database file; the binaries' folder otherwise.
    /// </summary>
    private static string ContentRoot() =>
        File.Exists(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json")) ? Directory.GetCurrentDirectory() : AppContext.BaseDirectory;

    private static async Task<int> ImportAsync(DirectoryInfo? seedsDirectory, bool dryRun, CancellationToken ct)
    {
        try
        {
            var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = ContentRoot() });
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            builder.Services.AddTrackerCore(builder.Configuration, builder.Environment.ContentRootPath);
            using var host = builder.Build();
            await using var scope = host.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
            await scope.ServiceProvider.GetRequiredService<IDatabaseEngine>().PrepareAsync(db, host.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ImportCommand)), ct);

            var options = scope.ServiceProvider.GetRequiredService<IOptions<SeedsOptions>>().Value;
            var directory = seedsDirectory?.FullName ?? SeedsLocator.Resolve(options.Directory, builder.Environment.ContentRootPath);
            var report = await scope.ServiceProvider.GetRequiredService<ImportService>().ImportAsync(directory, options.MaxFileBytes, dryRun, ct,
                new ImportProgressPrinter(Console.Error, !Console.IsErrorRedirected, TimeProvider.System), ImportTrigger.Cli);
            ImportReportPrinter.Print(report, directory, Console.Out);
            foreach (var error in report.Errors) { await Console.Error.WriteLineAsync($"error: {error.File}: {error.Message}"); }
            return report.Succeeded ? 0 : 1;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await Console.Error.WriteLineAsync($"error: {e.Message}");
            return UsageError;
        }
    }
}
