using NegotiationTracker.Api.Import;
using NegotiationTracker.Api.Tests.Infrastructure;
using NegotiationTracker.Data.Import;

namespace NegotiationTracker.Api.Tests.Import;

/// <summary>The import verb's exit codes exactly as the README gives them, and its progress lines.</summary>
public sealed class CommandLineTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);
    private readonly string _folder;
    private readonly TestDatabase _database;

    public CommandLineTests()
    {
        _folder = Directory.CreateTempSubdirectory("nt-cli-").FullName;
        _database = TestDatabase.Create(_folder);
    }

    [Fact]
    public async Task SuccessExitsZero()
    {
        using var run = TrackerProcess.Run(_database, TrackerApiFactory.RepositorySeeds, "import", "--seeds", TrackerApiFactory.RepositorySeeds);
        Assert.Equal(0, await run.WaitAsync(Timeout));
    }

    [Fact]
    public async Task RefusedSeedsExitOneNamingTheFile()
    {
        using var seeds = new SeedsCopy();
        await File.WriteAllBytesAsync(Path.Combine(seeds.Directory, "binary.txt"), [0x50, 0x4B, 0x03, 0x04, 0x00], TestContext.Current.CancellationToken);
        using var run = TrackerProcess.Run(_database, seeds.Directory, "import", "--seeds", seeds.Directory);
        Assert.Equal(1, await run.WaitAsync(Timeout));
        Assert.Contains("error: binary.txt", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--bogus")]
    [InlineData("--seeds")]
    [InlineData("extra-argument")]
    public async Task ABadCommandLineExitsTwoNamingTheProblem(string argument)
    {
        using var run = TrackerProcess.Run(_database, TrackerApiFactory.RepositorySeeds, "import", argument);
        Assert.Equal(2, await run.WaitAsync(Timeout));
        Assert.Contains("error:", run.Output, StringComparison.Ordinal);
        Assert.Contains("usage: import", run.Output, StringComparison.Ordinal);
        Assert.True(_database.IsUntouched(), "a bad command line must not touch the database");
    }

    [Fact]
    public void ProgressIsPrintedForALongImportAtATerminal()
    {
        var error = new StringWriter();
        var printer = new ImportProgressPrinter(error, isTerminal: true, TimeProvider.System);
        printer.Report(new ImportProgress(ImportProgress.FilesRead, 2_008));
        printer.Report(new ImportProgress(ImportProgress.ArticlesExtracted, 2_000));
        printer.Report(new ImportProgress(ImportProgress.RowsWritten, 15_000));

        var lines = error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("import: 2,008 files read", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("import: 15,000 rows written", lines[2], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true, 12)]
    [InlineData(false, 2_008)]
    public void ProgressIsQuietForAShortImportOrWithoutATerminal(bool isTerminal, int files)
    {
        var error = new StringWriter();
        var printer = new ImportProgressPrinter(error, isTerminal, TimeProvider.System);
        printer.Report(new ImportProgress(ImportProgress.FilesRead, files));
        printer.Report(new ImportProgress(ImportProgress.RowsWritten, 100));
        Assert.Equal(string.Empty, error.ToString());
    }

    public void Dispose()
    {
        _database.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
