using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using NegotiationTracker.Api.Tests.Infrastructure;

namespace NegotiationTracker.Api.Tests.History;

/// <summary>A fact that disappears and comes back gets its old id; while it is gone its id answers 410.</summary>
public sealed class ReturningIdsTests : IDisposable
{
    private const string Venue = "the Çırağan Palace";
    private readonly EditableSeedsApi _api = new();

    public void Dispose() => _api.Dispose();

    /// <summary>Every fact of every resource as id and what it is, so a changed id shows.</summary>
    private async Task<List<string>> Identities()
    {
        var all = new List<string>();
        foreach (var (list, fields) in new[]
        {
            ("rounds", new[] { "date", "number" }), ("venues", ["name"]), ("participants", ["name"]),
            ("delegations", ["roundId", "party"]), ("demands", ["party", "text"]),
        })
        {
            var page = await _api.Client.GetJsonAsync($"/api/{list}?pageSize=200&evidence=none");
            all.AddRange(page.Items().Select(i => $"{list} {i.GetProperty("id")}: {string.Join(" | ", fields.Select(f => i.GetProperty(f).ToString()))}"));
        }

        return [.. all.Order(StringComparer.Ordinal)];
    }

    [Fact]
    public async Task EditReimportRevertReimportGivesEveryFactItsOriginalId()
    {
        var original = await Identities();
        var venueId = (await _api.RoundAfterJuly()).GetProperty("venue").GetProperty("id").GetInt32();
        var text = await File.ReadAllTextAsync(_api.Seeds.PathOf("004_"), TestContext.Current.CancellationToken);

        _api.Seeds.Edit("004_", t => t.Replace(Venue, "the Yıldız Palace", StringComparison.Ordinal));
        var edit = await _api.ImportAsync();
        Assert.NotEqual(original, await Identities());
        Assert.Equal(HttpStatusCode.Gone, (await _api.Client.GetAsync($"/api/venues/{venueId}", TestContext.Current.CancellationToken)).StatusCode);

        await File.WriteAllTextAsync(_api.Seeds.PathOf("004_"), text, TestContext.Current.CancellationToken);
        var revert = await _api.ImportAsync();

        Assert.Equal(original, await Identities());
        Assert.Equal(venueId, (await _api.RoundAfterJuly()).GetProperty("venue").GetProperty("id").GetInt32());
        Assert.Contains(edit.Changes, c => c is { Entity: "venues", Kind: "removed" } && c.Id == venueId);
        Assert.Contains(revert.Changes, c => c is { Entity: "venues", Kind: "restored" } && c.Id == venueId);
    }

    [Fact]
    public async Task RemovedRoundAnswers410NamingTheImportThatRemovedIt()
    {
        var roundId = (await _api.RoundAfterJuly()).GetProperty("id").GetInt32();
        File.Delete(_api.Seeds.PathOf("004_"));
        var report = await _api.ImportAsync();

        using var response = await _api.Client.GetAsync($"/api/rounds/{roundId}", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Equal(410, problem.GetProperty("status").GetInt32());
        Assert.Equal(report.ImportId, problem.GetProperty("removedByImport").GetInt32());
        Assert.Contains($"import {report.ImportId}", problem.Str("detail"), StringComparison.Ordinal);
        Assert.Equal($"/api/imports/{report.ImportId}", problem.Str("import"));
        Assert.Equal(HttpStatusCode.Gone, (await _api.Client.GetAsync($"/api/rounds/{roundId}/delegations", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task DeletedArticleAnswers410AndGetsItsIdBackWhenItsFileReturns()
    {
        async Task<int> ArticleId() => (await _api.Client.GetJsonAsync("/api/articles?pageSize=200")).Items()
            .Single(a => a.Str("file")!.StartsWith("004_", StringComparison.Ordinal)).GetProperty("id").GetInt32();
        var id = await ArticleId();
        var (path, text) = (_api.Seeds.PathOf("004_"), await File.ReadAllTextAsync(_api.Seeds.PathOf("004_"), TestContext.Current.CancellationToken));
        File.Delete(path);
        var removal = await _api.ImportAsync();
        Assert.Equal(HttpStatusCode.Gone, (await _api.Client.GetAsync($"/api/articles/{id}", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Contains(removal.Files, f => f.File == Path.GetFileName(path) && f.Change == "removed" && f.After is null);

        await File.WriteAllTextAsync(path, text, TestContext.Current.CancellationToken);
        var report = await _api.ImportAsync();

        Assert.Equal(id, await ArticleId());
        Assert.Contains(report.Changes, c => c is { Entity: "articles", Kind: "restored" } && c.Id == id);
    }

    [Theory]
    [InlineData("/api/rounds/987654")]
    [InlineData("/api/venues/987654")]
    [InlineData("/api/participants/987654")]
    public async Task IdThatNeverExistedStays404(string url)
    {
        File.Delete(_api.Seeds.PathOf("004_"));
        await _api.ImportAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await _api.Client.GetAsync(url, TestContext.Current.CancellationToken)).StatusCode);
    }
}
