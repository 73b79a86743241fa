using NegotiationTracker.Api.Tests.Infrastructure;

namespace NegotiationTracker.Api.Tests.History;

/// <summary>`import --dry-run` prints the change list the import then records, line for line.</summary>
public sealed partial class DryRunCommandLineTests : IDisposable
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
        List<string> lines = [.. run.Output.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.StartsWith("    ", StringComparison.Ordinal))];

        // A new fact's id in a dry run is provisional: PostgreSQL does not give back the sequence values a
        // rolled-back transaction drew. So new ids read "new", where they are listed and where a change points at them.
        var added = lines.Select(l => AddedId().Match(l)).Where(m => m.Success).Select(m => m.Groups[2].Value).ToHashSet(StringComparer.Ordinal);
        return [.. lines.Select(l => AddedId().Replace(l, "$1new"))
            .Select(l => l.IndexOf(": ", StringComparison.Ordinal) is var at && at < 0 ? l
                : l[..at] + Number().Replace(l[at..], m => added.Contains(m.Value) ? "new" : m.Value))];
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

    [System.Text.RegularExpressions.GeneratedRegex(@"^(    added \S+ )(\d+)")]
    private static partial System.Text.RegularExpressions.Regex AddedId();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b\d+\b")]
    private static partial System.Text.RegularExpressions.Regex Number();
}
