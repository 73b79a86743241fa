using Microsoft.Extensions.DependencyInjection;
using NegotiationTracker.Api.Common;
using NegotiationTracker.Api.Tests.Infrastructure;
using NegotiationTracker.Data.Import;

namespace NegotiationTracker.Api.Tests.Articles;

/// <summary>An article's title is its headline, not the section label or address a saved page opens with.</summary>
public sealed class HeadlineTests : IDisposable
{
    private const string Page = "GENERAL\n\nPhysical Address\n\n12 Harbour Road\n\nMinisters resume border talks in Almaty\n\nThe foreign ministers of Armenia and Azerbaijan met in Almaty on 10 May 2024.\n";
    private readonly SeedsCopy _seeds = new();
    private readonly TrackerApiFactory _factory;
    private readonly HttpClient _client;

    public HeadlineTests()
    {
        File.WriteAllText(Path.Combine(_seeds.Directory, "900_saved-page.txt"), Page);
        _factory = new TrackerApiFactory { SeedsDirectory = _seeds.Directory };
        _client = _factory.CreateClient();
    }

    public void Dispose()
    {
        _factory.Dispose();
        _seeds.Dispose();
    }

    [Fact]
    public async Task TitleSkipsSectionLabelAndAddress()
    {
        Assert.Equal("Ministers resume border talks in Almaty", await TitleOfSavedPage());
    }

    [Fact]
    public async Task EditedPageLexiconRetitlesAnUnchangedArticle()
    {
        var page = Path.Combine(_seeds.Directory, "lexicon", "page.json");
        var text = await File.ReadAllTextAsync(page, TestContext.Current.CancellationToken);
        // A site whose headlines all open with "Ministers" would be odd, but it proves the lexicon decides.
        await File.WriteAllTextAsync(page, text.Replace("\"notHeadlineLines\": [", "\"notHeadlineLines\": [\n    \"^ministers resume\",", StringComparison.Ordinal), TestContext.Current.CancellationToken);

        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var report = await scope.ServiceProvider.GetRequiredService<ImportService>().ImportAsync(_seeds.Directory, 1024 * 1024, dryRun: false, TestContext.Current.CancellationToken);
            Assert.True(report.Succeeded, string.Join("; ", report.Errors.Select(e => e.Message)));
        }

        await _factory.Services.GetRequiredService<KnowledgeBaseVersion>().RefreshAsync(TestContext.Current.CancellationToken);
        Assert.StartsWith("The foreign ministers of Armenia and Azerbaijan", await TitleOfSavedPage(), StringComparison.Ordinal);
    }

    private async Task<string?> TitleOfSavedPage()
    {
        var articles = (await _client.GetJsonAsync("/api/articles?pageSize=100")).Items();
        return articles.Single(a => a.GetProperty("file").GetString() == "900_saved-page.txt").GetProperty("title").GetString();
    }
}
