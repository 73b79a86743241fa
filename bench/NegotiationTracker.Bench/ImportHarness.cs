using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NegotiationTracker.Data;
using NegotiationTracker.Data.Import;

namespace NegotiationTracker.Bench;

/// <summary>
/// Times whole imports the way users run them: a full import into a fresh database, an unchanged
/// re-import, and a re-import after editing one article. Each is repeated; medians are printed.
/// With <c>readModel</c> the import also writes the read model, rendered as the API renders it.
/// </summary>
internal static class ImportHarness
{
    private static readonly string[] Weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
    private static readonly Regex Weekday = new(string.Join('|', Weekdays), RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    public static async Task<int> RunAsync(string seeds, int repeats, bool readModel)
    {
        var files = Directory.EnumerateFiles(seeds, "*.txt").ToList();
        var megabytes = files.Sum(f => new FileInfo(f).Length) / 1024.0 / 1024.0;
        Console.WriteLine($"corpus: {files.Count} articles, {megabytes:F2} MB, {Environment.ProcessorCount} cores, .NET {Environment.Version}, read model {(readModel ? "on" : "off")}");
        var renderer = readModel ? new Api.ReadModel.ReadModelRenderer(Options.Create(new JsonOptions())) : null;

        var full = new List<double>();
        var unchanged = new List<double>();
        var edited = new List<double>();
        var moved = new List<double>();
        for (var run = 0; run < repeats; run++)
        {
            var folder = Directory.CreateTempSubdirectory("nt-bench-").FullName;
            try
            {
                await using var db = await OpenAsync(Path.Combine(folder, "bench.db"));
                // A fresh claims cache per run: the full import reads every article; the re-imports then use it, as the API does.
                var importer = new ImportService(db, TimeProvider.System, new Extraction.Claims.ClaimsCache(), Data.Providers.Sqlite.SqliteDatabase.Instance, readModel: renderer);
                full.Add(await TimeAsync(importer, seeds));
                unchanged.Add(await TimeAsync(importer, seeds));
                var victim = files[run % files.Count];
                var original = await File.ReadAllTextAsync(victim);
                await File.WriteAllTextAsync(victim, original + "\nThe talks were described as constructive by both sides.\n");
                try { edited.Add(await TimeAsync(importer, seeds)); }
                finally { await File.WriteAllTextAsync(victim, original); }
                await TimeAsync(importer, seeds);

                // An edit that moves a fact others embed: the meeting's weekday, so its round's date, and with it
                // its teams', demands', people's and venue's answers.
                await File.WriteAllTextAsync(victim, Weekday.Replace(original, m => Weekdays[(Array.IndexOf(Weekdays, m.Value) + 1) % Weekdays.Length], 1));
                try { moved.Add(await TimeAsync(importer, seeds)); }
                finally { await File.WriteAllTextAsync(victim, original); }
                await TimeAsync(importer, seeds);
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        var fullMedian = Median(full);
        Console.WriteLine($"full import:       median {fullMedian,8:F0} ms  ({files.Count / (fullMedian / 1000):F0} articles/s, {megabytes / (fullMedian / 1000):F2} MB/s)  runs: {string.Join(", ", full.Select(x => x.ToString("F0", System.Globalization.CultureInfo.InvariantCulture)))}");
        Console.WriteLine($"unchanged import:  median {Median(unchanged),8:F0} ms");
        Console.WriteLine($"one-article edit:  median {Median(edited),8:F0} ms  (a sentence appended)");
        Console.WriteLine($"one-date edit:     median {Median(moved),8:F0} ms  (a meeting's weekday changed)");
        Console.WriteLine($"peak working set:  {Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024} MB");
        // Why a run is slow is often the collector: its pauses stop every thread, extraction's included.
        Console.WriteLine($"garbage collector: {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} collections (gen 0/1/2), {GC.GetTotalPauseDuration().TotalMilliseconds:F0} ms paused, {GC.GetTotalAllocatedBytes() / 1024 / 1024} MB allocated, server {System.Runtime.GCSettings.IsServerGC}");
        return 0;
    }

    private static async Task<TrackerDbContext> OpenAsync(string path)
    {
        var db = new TrackerDbContext(new DbContextOptionsBuilder<TrackerDbContext>().UseSqlite($"Data Source={path};Pooling=False").Options);
        await Data.Providers.Sqlite.SqliteDatabase.Instance.PrepareAsync(db, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance, CancellationToken.None);
        return db;
    }

    private static async Task<double> TimeAsync(ImportService importer, string seeds)
    {
        var watch = Stopwatch.StartNew();
        var report = await importer.ImportAsync(seeds, 1024 * 1024, dryRun: false, CancellationToken.None);
        if (Environment.GetEnvironmentVariable("BENCH_PHASES") is not null) { Console.WriteLine("  phases: " + string.Join(", ", report.PhasesMs.Select(p => $"{p.Key} {p.Value} ms"))); }
        if (!report.Succeeded) { throw new InvalidOperationException(string.Join("; ", report.Errors.Select(e => $"{e.File}: {e.Message}"))); }
        return watch.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
