using Microsoft.Extensions.DependencyInjection;
using NegotiationTracker.Api.Common;
using NegotiationTracker.Api.Tests.Infrastructure;
using NegotiationTracker.Data.Import;

namespace NegotiationTracker.Api.Tests.Import;

/// <summary>Edits to a copy of the seeds, re-imported: facts follow the text, ids stay put.</summary>
public sealed class ReimportTests : IDisposable
{
    private readonly SeedsCopy _seeds = new();
    private readonly TrackerApiFactory _factory;
    private readonly HttpClient _client;

    public ReimportTests()
    {
        _factory = new TrackerApiFactory { SeedsDirectory = _seeds.Directory };
        _client = _factory.CreateClient();
    }

    public void Dispose()
    {
        _factory.Dispose();
        _seeds.Dispose();
    }

    private async Task<ImportReport> Import()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var report = await scope.ServiceProvider.GetRequiredService<ImportService>().ImportAsync(_seeds.Directory, 1024 * 1024, dryRun: false, TestContext.Current.CancellationToken);
        // As after an import from the command line: the API notices within a quarter second; the test does not wait for it.
        await _factory.Services.GetRequiredService<KnowledgeBaseVersion>().RefreshAsync(TestContext.Current.CancellationToken);
        return report;
    }

    private async Task<System.Text.Json.JsonElement> RoundThree() =>
        await _client.GetJsonAsync($"/api/rounds/{(await _client.GetJsonAsync("/api/rounds?from=2025-07-01")).Items()[0].GetProperty("id").GetInt32()}");

    [Fact]
    public async Task UnchangedReimportWritesNothing()
    {
        var before = await _client.GetStringAsync("/api/participants?pageSize=200", TestContext.Current.CancellationToken);
        var report = await Import();

        Assert.True(report.Succeeded);
        Assert.Empty(report.Added);
        Assert.Empty(report.Updated);
        Assert.Empty(report.Removed);
        Assert.Equal(5, report.Skipped.Count);
        Assert.Equal(before, await _client.GetStringAsync("/api/participants?pageSize=200", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task AddedMemberAppearsMovedVenueMovesAndRevertRestoresIds()
    {
        var original = await RoundThree();
        var roundId = original.GetProperty("id").GetInt32();
        var originalText = await File.ReadAllTextAsync(_seeds.PathOf("004_"), TestContext.Current.CancellationToken);

        _seeds.Edit("004_", t => t.Replace("and Deputy Defense Minister Aleksandr Fomin.", "and Deputy Defense Minister Aleksandr Fomin. It will also include Deputy Justice Minister Oleg Sviridenko.", StringComparison.Ordinal)
            .Replace("the Çırağan Palace", "the Yıldız Palace", StringComparison.Ordinal));
        var report = await Import();
        Assert.True(report.Succeeded);

        var edited = await RoundThree();
        Assert.Equal(roundId, edited.GetProperty("id").GetInt32());
        Assert.Equal("Yıldız Palace", edited.GetProperty("venue").Str("name"));
        var russia = edited.GetProperty("delegations").EnumerateArray().Single(d => d.Str("party") == "Russia");
        Assert.Contains(russia.GetProperty("members").EnumerateArray(), m => m.GetProperty("person").Str("name") == "Oleg Sviridenko");
        Assert.DoesNotContain((await _client.GetJsonAsync("/api/venues")).Items(), v => v.Str("name") == "Çırağan Palace");

        await File.WriteAllTextAsync(_seeds.PathOf("004_"), originalText, TestContext.Current.CancellationToken);
        await Import();
        var reverted = await RoundThree();
        Assert.Equal(roundId, reverted.GetProperty("id").GetInt32());
        Assert.Equal("Çırağan Palace", reverted.GetProperty("venue").Str("name"));
        // The embedded round names its venue, which was removed and re-created (a new id): compare the teams without it.
        Assert.Equal(WithoutRound(original.GetProperty("delegations")), WithoutRound(reverted.GetProperty("delegations")));
    }

    private static List<string> WithoutRound(System.Text.Json.JsonElement teams) =>
        [.. teams.EnumerateArray().Select(t => string.Join(",", t.EnumerateObject().Where(p => p.Name != "round").Select(p => $"{p.Name}={p.Value}")))];

    [Fact]
    public async Task SearchFollowsAReimport()
    {
        Assert.Equal(0, (await _client.GetJsonAsync("/api/search?q=armistice")).GetProperty("total").GetInt32());
        _seeds.Edit("004_", t => t.Replace("the two sides agreed to large-scale prisoner exchanges.", "the two sides agreed to large-scale prisoner exchanges and an armistice.", StringComparison.Ordinal));
        Assert.True((await Import()).Succeeded);

        var hit = Assert.Single((await _client.GetJsonAsync("/api/search?q=armistice")).Items());
        Assert.StartsWith("004_", hit.GetProperty("article").Str("file"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FactWhoseOnlyEvidenceIsEditedAwayDisappears()
    {
        _seeds.Edit("003_", t => t.Replace("Ukrainian adviser Andrij Yermak leading the delegation, while ", string.Empty, StringComparison.Ordinal));
        Assert.True((await Import()).Succeeded);

        Assert.Empty((await _client.GetJsonAsync("/api/participants?name=yermak")).Items());
        Assert.Empty((await _client.GetJsonAsync("/api/conflicts")).Items());
    }

    public static TheoryData<string, byte[]> BadFiles => new()
    {
        { "latin1.txt", [0x43, 0x61, 0x66, 0xE9, 0x0A] },
        { "empty.txt", [] },
        { "binary.txt", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00] },
        { "blank.txt", [0x20, 0x0A, 0x0A] },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task BadFileIsRefusedNamedAndChangesNothing(string name, byte[] bytes)
    {
        var before = await _client.GetStringAsync("/api/rounds", TestContext.Current.CancellationToken);
        await File.WriteAllBytesAsync(Path.Combine(_seeds.Directory, name), bytes, TestContext.Current.CancellationToken);
        _seeds.Edit("004_", t => t.Replace("Çırağan", "Yıldız", StringComparison.Ordinal));

        var report = await Import();

        Assert.False(report.Succeeded);
        Assert.Equal(name, Assert.Single(report.Errors).File);
        Assert.Equal(before, await _client.GetStringAsync("/api/rounds", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task EveryBadFileIsNamedIncludingOversizeUnreadableAndBrokenLexicon()
    {
        await File.WriteAllTextAsync(Path.Combine(_seeds.Directory, "huge.txt"), new string('a', 1024 * 1024 + 1), TestContext.Current.CancellationToken);
        File.CreateSymbolicLink(Path.Combine(_seeds.Directory, "gone.txt"), Path.Combine(_seeds.Directory, "no-such-file"));
        await File.WriteAllTextAsync(Path.Combine(_seeds.Directory, "lexicon", "titles.json"), "{ not json", TestContext.Current.CancellationToken);

        var report = await Import();

        Assert.Equal(["gone.txt", "huge.txt"], report.Errors.Select(e => e.File).Order(StringComparer.Ordinal).Take(2));
        Assert.Contains(report.Errors, e => e.File == "lexicon/titles.json" && e.Message.Contains("JSON", StringComparison.Ordinal)
            || e.File == "huge.txt" && e.Message.Contains("limit", StringComparison.Ordinal));
        Assert.Equal(3, (await _client.GetJsonAsync("/api/rounds")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task ReadersDuringImportSeeOldOrNewStateNeverAnError()
    {
        var ct = TestContext.Current.CancellationToken;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var reader = Task.Run(async () =>
        {
            var seen = new HashSet<string>();
            while (!stop.IsCancellationRequested)
            {
                var response = await _client.GetAsync("/api/rounds", CancellationToken.None);
                Assert.True(response.IsSuccessStatusCode, $"reader got {(int)response.StatusCode}");
                var total = (await _client.GetJsonAsync("/api/rounds")).GetProperty("total").GetInt32();
                seen.Add(total.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            return seen;
        }, ct);

        for (var i = 0; i < 3; i++)
        {
            _seeds.Edit("004_", t => t.Contains("Çırağan", StringComparison.Ordinal) ? t.Replace("Çırağan", "Yıldız", StringComparison.Ordinal) : t.Replace("Yıldız", "Çırağan", StringComparison.Ordinal));
            Assert.True((await Import()).Succeeded);
        }

        await stop.CancelAsync();
        Assert.Equal(["3"], await reader);
    }
}
