using NegotiationTracker.Api.Tests.Infrastructure;

namespace NegotiationTracker.Api.Tests.History;

/// <summary>`import --dry-run` prints the change list the import then records, line for line.</summary>
public sealed class DryRunCommandLineTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);
    private readonly string _folder = Directory.CreateTempSubdirectory("nt-cli-history-").FullName;
    private readonly SeedsCopy _seeds = new();
    private readonly TestDatabase _database;

    public DryRunCommandLineTests() => _database = TestDatabase.Create(_folder);

    public void Dispose()
    {
        _database.Dispose();
        _seeds.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private async Task<List<string>> ChangeLines(params string[] extra)
    {
        using var run = TrackerProcess.Run(_database, _seeds.Directory, ["import", "--seeds", _seeds.Directory, .. extra]);
        Assert.Equal(0, await run.WaitAsync(Timeout));
        return [.. run.Output.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.StartsWith("    ", StringComparison.Ordinal))];
    }

    [Fact]
    public async Task DryRunPrintsTheChangesTheImportRecords()
    {
        await ChangeLines();
        _seeds.Edit("004_", t => t.Replace("the Çırağan Palace", "the Yıldız Palace", StringComparison.Ordinal));

        var dry = await ChangeLines("--dry-run");
        var real = await ChangeLines();

        Assert.Contains(dry, l => l.StartsWith("    removed venues ", StringComparison.Ordinal));
        Assert.Contains(dry, l => l.StartsWith("    changed rounds ", StringComparison.Ordinal) && l.Contains(" venueId: ", StringComparison.Ordinal));
        Assert.Equal(dry, real);
    }
}
