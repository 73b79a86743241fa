using System.Net;
using NegotiationTracker.Api.Tests.Infrastructure;

namespace NegotiationTracker.Api.Tests.Search;

/// <summary>GET /api/search: every evidence sentence with the words, marked, with its article and the facts it supports.</summary>
[Collection(SharedSeedsApi.Name)]
public sealed class SearchEndpointTests(TrackerApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task EverySentenceThatMentionsACeasefireInOneCall()
    {
        var page = await _client.GetJsonAsync("/api/search?q=ceasefire&pageSize=200");
        var hits = page.Items();
        Assert.NotEmpty(hits);
        Assert.Equal(page.GetProperty("total").GetInt32(), hits.Count);
        Assert.All(hits, h =>
        {
            var sentence = h.Str("sentence")!;
            Assert.Contains("ceasefire", sentence, StringComparison.OrdinalIgnoreCase);
            var mark = h.GetProperty("highlights")[0];
            Assert.Equal("ceasefire", sentence[mark.GetProperty("start").GetInt32()..mark.GetProperty("end").GetInt32()], ignoreCase: true);
            Assert.Contains("**", h.Str("marked"), StringComparison.Ordinal);
            Assert.NotEmpty(h.GetProperty("facts").EnumerateArray());
        });
        Assert.Contains(hits, h => h.GetProperty("facts").EnumerateArray().Any(f => f.Str("type") == "demand"));
    }

    [Fact]
    public async Task DiacriticsAndCaseAreFolded()
    {
        var hits = (await _client.GetJsonAsync("/api/search?q=CIRAGAN")).Items();
        Assert.Contains(hits, h => h.Str("sentence")!.Contains("Çırağan", StringComparison.Ordinal));
    }

    [Fact]
    public async Task EachHitLinksItsArticleAndFactsThatResolve()
    {
        var hit = (await _client.GetJsonAsync("/api/search?q=%22prisoner%20exchanges%22")).Items()[0];
        Assert.Contains("prisoner exchanges", hit.Str("sentence"), StringComparison.Ordinal);
        var article = await _client.GetJsonAsync($"/api/articles/{hit.GetProperty("article").GetProperty("id").GetInt32()}");
        var start = hit.GetProperty("start").GetInt32();
        Assert.Equal(hit.Str("sentence"), article.Str("text")![start..hit.GetProperty("end").GetInt32()]);
        foreach (var fact in hit.GetProperty("facts").EnumerateArray())
        {
            Assert.Equal(fact.GetProperty("id").GetInt32(), (await _client.GetJsonAsync(fact.Str("link")!)).GetProperty("id").GetInt32());
        }
    }

    [Theory]
    [InlineData("/api/search", "q")]
    [InlineData("/api/search?q=%20%2A%2A%20", "q")]
    [InlineData("/api/search?q=ceasefire&query=x", "query")]
    public async Task MissingOrWordlessQueryIs400NamingIt(string url, string parameter)
    {
        var response = await _client.GetAsync(url, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"\"{parameter}\"", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ceasefire OR NEAR(a b)")]
    [InlineData("\"unbalanced")]
    [InlineData("sentence:ceasefire*")]
    [InlineData("-ceasefire ^start")]
    public async Task FtsSyntaxInTheQueryIsJustWords(string q)
    {
        var response = await _client.GetAsync($"/api/search?q={Uri.EscapeDataString(q)}", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
