using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using NegotiationTracker.Api.Tests.Infrastructure;

namespace NegotiationTracker.Api.Tests.Articles;

[Collection(SharedSeedsApi.Name)]
public sealed class FirstStartImportTests(TrackerApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task FirstStartImportsEverySeedArticleWithItsHeadline()
    {
        var page = await _client.GetFromJsonAsync<JsonElement>("/api/articles", TestContext.Current.CancellationToken);

        Assert.Equal(5, page.GetProperty("total").GetInt32());
        var items = page.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(5, items.Count);
        Assert.All(items, a => Assert.False(string.IsNullOrWhiteSpace(a.GetProperty("title").GetString())));
        Assert.Contains(items, a => a.GetProperty("title").GetString() == "Russia and Ukraine Engage in First Direct Peace Talks in Istanbul");
    }

    [Fact]
    public async Task ArticleDetailCarriesTheDatelineDateAndText()
    {
        var ct = TestContext.Current.CancellationToken;
        var page = await _client.GetFromJsonAsync<JsonElement>("/api/articles", ct);
        var first = page.GetProperty("items").EnumerateArray().Single(a => a.GetProperty("file").GetString()!.StartsWith("000_", StringComparison.Ordinal));

        var detail = await _client.GetFromJsonAsync<JsonElement>($"/api/articles/{first.GetProperty("id").GetInt32()}", ct);

        Assert.Equal("2025-05-16", detail.GetProperty("publishedOn").GetString());
        Assert.Contains("Rustem Umerov", detail.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal(64, detail.GetProperty("sha256").GetString()!.Length);
    }

    [Fact]
    public async Task UnknownArticleIsA404ProblemDetails()
    {
        var response = await _client.GetAsync("/api/articles/987654", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/api/articles?page=0", "page")]
    [InlineData("/api/articles?pageSize=201", "pageSize")]
    [InlineData("/api/articles?page=abc", "page")]
    public async Task BadPagingIsA400NamingTheParameter(string url, string parameter)
    {
        var response = await _client.GetAsync(url, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(parameter, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task HealthAndSwaggerAnswerOnceImported()
    {
        var ct = TestContext.Current.CancellationToken;
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/health", ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/swagger/index.html", ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/swagger/v1/swagger.json", ct)).StatusCode);
    }
}
