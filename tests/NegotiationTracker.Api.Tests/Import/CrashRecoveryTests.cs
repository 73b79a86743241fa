using System.Diagnostics;
using NegotiationTracker.Api.Tests.Infrastructure;

namespace NegotiationTracker.Api.Tests.Import;

/// <summary>
/// The <c>import</c> verb and the API as real child processes, killed with SIGKILL: whatever instant
/// the kill lands on, the next start must be healthy within seconds and the data must be the state
/// before the import or after it, never a mix.
/// </summary>
public sealed class CrashRecoveryTests : IDisposable
{
    private static readonly TimeSpan Healthy = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan ImportEnds = TimeSpan.FromSeconds(60);
    private readonly string _folder = Directory.CreateTempSubdirectory("nt-crash-").FullName;
    private readonly SeedsCopy _before = new();
    private readonly SeedsCopy _after = new();
    private readonly HttpClient _client = new();

    public CrashRecoveryTests()
    {
        // More articles than the seeds, so an import spends long enough reading and writing to be killed in the middle.
        foreach (var seeds in new[] { _before, _after })
        {
            foreach (var (file, n) in Directory.GetFiles(seeds.Directory, "*.txt").Order(StringComparer.Ordinal).SelectMany(f => Enumerable.Range(0, 3).Select(n => (f, n))).ToList())
            {
                File.WriteAllText(Path.Combine(seeds.Directory, $"{n + 1}{Path.GetFileName(file)}"), File.ReadAllText(file) + $"\n\nCopy {n}.\n");
            }
        }

        _after.Edit("000", text => text + "\n\nThe talks were described as constructive.\n");
        File.Delete(Directory.GetFiles(_after.Directory, "1001_*.txt").Single());
    }

    private string Database => Path.Combine(_folder, "tracker.db");

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task AMigrationLockLeftByAKilledProcessDoesNotBlockTheNextImportOrStart(bool migrated)
    {
        Assert.SkipWhen(TestDatabase.OnPostgres, "SQLite only: the lock row EF Core's SQLite migrator leaves; Npgsql's migration lock is a table lock the server drops with a dead session");
        if (migrated) { Assert.Equal(0, await RunImportAsync(_before.Directory)); }
        DatabaseSnapshot.InsertMigrationLock(Database); // as EF Core leaves it when its holder is killed mid-migration

        var watch = Stopwatch.StartNew();
        using (var import = TrackerProcess.Import(Database, _after.Directory))
        {
            Assert.True(await import.WaitAsync(ImportEnds) == 0, $"The import did not succeed within {ImportEnds.TotalSeconds} s:\n{import.Output}");
            // Migrated: nothing pending, so no lock is taken at all. Not migrated: the stale lock is cleared and said so.
            Assert.Equal(!migrated, import.Output.Contains("stale EF Core migration lock", StringComparison.Ordinal));
        }

        var imported = watch.Elapsed;
        var started = await StartAsync(_after.Directory);
        TestContext.Current.TestOutputHelper?.WriteLine($"import after the stale lock: {imported.TotalMilliseconds:F0} ms; start to healthy: {started.TotalMilliseconds:F0} ms");
    }

    [Fact]
    public async Task AnImportKilledAtAnyPointLeavesTheStateBeforeOrAfterAndTheNextStartHealthy()
    {
        Assert.SkipWhen(TestDatabase.OnPostgres, "SQLite only: it restores the database between kills by copying its file; on PostgreSQL, TwoHostTests kills an importing instance");
        var (fresh, duration) = await FreshImportAsync(_after.Directory);
        Assert.Equal(0, await RunImportAsync(_before.Directory));
        var before = DatabaseSnapshot.Of(Database);
        SaveBefore();
        Assert.Equal(0, await RunImportAsync(_after.Directory));
        var after = DatabaseSnapshot.Of(Database);

        // Fractions of a whole import process's run: starting and migrating a fresh database; then, over an
        // imported one, starting, reading, extracting and writing.
        var points = new[] { (0.15, false), (0.3, false), (0.2, true), (0.45, true), (0.6, true), (0.75, true), (0.9, true) };
        var states = new List<string>();
        foreach (var (when, fromImported) in points)
        {
            RestoreBefore(fromImported);
            using (var import = TrackerProcess.Import(Database, _after.Directory))
            {
                await Task.Delay(duration * when, TestContext.Current.CancellationToken);
                import.Kill();
            }

            var started = await StartAsync(_after.Directory);
            var state = DatabaseSnapshot.Of(Database);
            var name = state == before ? "before" : state == after || state == fresh ? "after" : "MIXED";
            states.Add(name);
            TestContext.Current.TestOutputHelper?.WriteLine($"killed at {duration.TotalMilliseconds * when:F0} ms of {duration.TotalMilliseconds:F0} ({(fromImported ? "imported" : "fresh")} database); "
                + $"start to healthy: {started.TotalMilliseconds:F0} ms; state: {name}");
        }

        Assert.DoesNotContain("MIXED", states);
    }

    public void Dispose()
    {
        _client.Dispose();
        _before.Dispose();
        _after.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>Starts the API, waits for a healthy /health, then kills it (SIGKILL too: nothing may depend on a clean stop).</summary>
    private async Task<TimeSpan> StartAsync(string seeds)
    {
        using var api = TrackerProcess.Serve(Database, seeds);
        var healthy = await api.WaitHealthyAsync(_client, Healthy);
        Assert.True(healthy is not null, $"The API was not healthy within {Healthy.TotalSeconds} s:\n{api.Output}");
        return healthy.Value;
    }

    private async Task<int?> RunImportAsync(string seeds, string? database = null)
    {
        using var import = TrackerProcess.Import(database ?? Database, seeds);
        var exit = await import.WaitAsync(ImportEnds);
        Assert.True(exit is not null, $"The import did not end within {ImportEnds.TotalSeconds} s:\n{import.Output}");
        return exit;
    }

    /// <summary>What a clean import of <paramref name="seeds"/> into an empty database holds, and how long the whole process took.</summary>
    private async Task<(string Snapshot, TimeSpan Duration)> FreshImportAsync(string seeds)
    {
        var path = Path.Combine(_folder, "fresh", "tracker.db");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var watch = Stopwatch.StartNew();
        Assert.Equal(0, await RunImportAsync(seeds, path));
        var duration = watch.Elapsed;
        var snapshot = DatabaseSnapshot.Of(path);
        Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
        return (snapshot, duration);
    }

    private void SaveBefore()
    {
        foreach (var suffix in new[] { "", "-wal" })
        {
            if (File.Exists(Database + suffix)) { File.Copy(Database + suffix, Database + suffix + ".before"); }
        }
    }

    /// <summary>Puts back the imported state saved by <see cref="SaveBefore"/>, or no database at all.</summary>
    private void RestoreBefore(bool imported)
    {
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(Database + suffix);
            if (imported && File.Exists(Database + suffix + ".before")) { File.Copy(Database + suffix + ".before", Database + suffix); }
        }
    }
}
