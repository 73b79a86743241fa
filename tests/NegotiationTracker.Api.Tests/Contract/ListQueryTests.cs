using System.Net;
using NegotiationTracker.Api.Tests.Infrastructure;

namespace NegotiationTracker.Api.Tests.Contract;

/// <summary>Unknown parameters are refused by name, lists sort on documented fields, and pages link to their neighbours.</summary>
[Collection(SharedSeedsApi.Name)]
public sealed class ListQueryTests(TrackerApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("/api/rounds?partie=russia", "partie")]
    [InlineData("/api/delegations?round=1&rnd=2", "rnd")]
    [InlineData("/api/participants/1?evidense=none", "evidense")]
    [InlineData("/api/conflicts?sort=id", "sort")]
    public async Task UnknownQueryParameterIs400NamingIt(string url, string parameter)
    {
        var response = await _client.GetAsync(url, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"\"{parameter}\"", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task KnownParametersInAnyCaseAreAccepted() =>
        Assert.Equal(2, (await _client.GetJsonAsync("/api/rounds?PageSize=2&Party=russia")).Items().Count);

    [Fact]
    public async Task SortTakesDocumentedFieldsAndMinusForDescending()
    {
        var descending = (await _client.GetJsonAsync("/api/rounds?sort=-date")).Items().Select(r => r.Str("date")).ToList();
        Assert.Equal(["2025-07-23", "2025-06-02", "2025-05-16"], descending);
        var names = (await _client.GetJsonAsync("/api/participants?sort=-name&pageSize=200")).Items().Select(p => p.Str("name")!).ToList();
        Assert.Equal(names.OrderByDescending(n => n, StringComparer.Ordinal), names);
        var byParty = (await _client.GetJsonAsync("/api/demands?sort=category,-party&pageSize=200")).Items().Select(d => d.Str("category")!).ToList();
        Assert.Equal(byParty.Order(StringComparer.Ordinal), byParty);
    }

    [Theory]
    [InlineData("/api/rounds?sort=venue")]
    [InlineData("/api/participants?sort=-")]
    public async Task UnknownSortFieldIs400NamingSort(string url)
    {
        var response = await _client.GetAsync(url, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"sort\"", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PagesLinkToTheirNeighboursInHeaderAndBody()
    {
        var response = await _client.GetAsync("/api/rounds?party=russia&pageSize=1&page=2", TestContext.Current.CancellationToken);
        var link = string.Join(", ", response.Headers.GetValues("Link"));
        Assert.Contains("</api/rounds?party=russia&pageSize=1&page=3>; rel=\"next\"", link, StringComparison.Ordinal);
        Assert.Contains("</api/rounds?party=russia&pageSize=1&page=1>; rel=\"prev\"", link, StringComparison.Ordinal);
        Assert.Contains("rel=\"first\"", link, StringComparison.Ordinal);
        Assert.Contains("</api/rounds?party=russia&pageSize=1&page=3>; rel=\"last\"", link, StringComparison.Ordinal);

        var body = await _client.GetJsonAsync("/api/rounds?party=russia&pageSize=1&page=3");
        var links = body.GetProperty("links");
        Assert.False(links.TryGetProperty("next", out _));
        Assert.Equal("/api/rounds?party=russia&pageSize=1&page=2", links.Str("prev"));
        var last = await _client.GetJsonAsync(links.Str("first")!);
        Assert.Equal(1, last.GetProperty("page").GetInt32());
    }
}
