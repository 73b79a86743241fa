using System.Net;
using NegotiationTracker.Api.Tests.Infrastructure;

namespace NegotiationTracker.Api.Tests.Rounds;

[Collection(SharedSeedsApi.Name)]
public sealed class RoundEndpointTests(TrackerApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task ListsThreeRoundsOrderedByDate()
    {
        var page = await _client.GetJsonAsync("/api/rounds");

        Assert.Equal(3, page.GetProperty("total").GetInt32());
        Assert.Equal(["2025-05-16", "2025-06-02", "2025-07-23"], page.Items().Select(r => r.Str("date")));
        Assert.Equal(["1", "2", "3"], page.Items().Select(r => r.Str("number")));
        Assert.Contains(page.Items()[1].GetProperty("outcomes").EnumerateArray(), o => o.Str("text")!.Contains("prisoner exchanges", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("turkey", 2)]
    [InlineData("Kremlin", 3)]
    [InlineData("united states", 1)]
    [InlineData("Narnia", 0)]
    public async Task PartyFilterAcceptsAnyAlias(string party, int expected) =>
        Assert.Equal(expected, (await _client.GetJsonAsync($"/api/rounds?party={Uri.EscapeDataString(party)}")).GetProperty("total").GetInt32());

    [Fact]
    public async Task DateAndVenueFiltersNarrowTheList()
    {
        Assert.Equal(2, (await _client.GetJsonAsync("/api/rounds?from=2025-06-01")).GetProperty("total").GetInt32());
        Assert.Equal(1, (await _client.GetJsonAsync("/api/rounds?from=2025-06-01&to=2025-06-30")).GetProperty("total").GetInt32());
        var ciragan = await _client.GetJsonAsync("/api/rounds?venue=ciragan");
        Assert.Equal("2025-07-23", Assert.Single(ciragan.Items()).Str("date"));
    }

    [Fact]
    public async Task HeadOfRussiasDelegationAtRoundThreeInTwoCalls()
    {
        var round = Assert.Single((await _client.GetJsonAsync("/api/rounds?from=2025-07-01")).Items());
        var detail = await _client.GetJsonAsync($"/api/rounds/{round.GetProperty("id").GetInt32()}");

        var russia = detail.GetProperty("delegations").EnumerateArray().Single(d => d.Str("party") == "Russia");
        Assert.Equal("Vladimir Medinsky", russia.GetProperty("head").Str("name"));
        Assert.Equal(4, russia.GetProperty("members").GetArrayLength());
        Assert.NotEmpty(detail.GetProperty("evidence").EnumerateArray());
        Assert.Equal("Çırağan Palace", detail.GetProperty("venue").Str("name"));
    }

    [Fact]
    public async Task RoundDelegationsListEveryTeam()
    {
        var first = (await _client.GetJsonAsync("/api/rounds")).Items()[0];
        var teams = (await _client.GetJsonAsync($"/api/rounds/{first.GetProperty("id").GetInt32()}/delegations")).EnumerateArray().ToList();

        Assert.Contains(teams, t => t.Str("party") == "Ukraine" && t.Str("role") == "negotiator");
        Assert.Contains(teams, t => t.Str("party") == "Türkiye" && t.Str("role") == "mediator");
    }

    [Theory]
    [InlineData("/api/rounds/99999")]
    [InlineData("/api/rounds/99999/delegations")]
    public async Task UnknownRoundIs404(string url) =>
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync(url, TestContext.Current.CancellationToken)).StatusCode);

    [Theory]
    [InlineData("/api/rounds?from=2025-13-01", "from")]
    [InlineData("/api/rounds?from=2025-07-01&to=2025-06-01", "from")]
    [InlineData("/api/rounds?to=yesterday", "to")]
    public async Task BadDateIs400NamingIt(string url, string parameter)
    {
        var response = await _client.GetAsync(url, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"\"{parameter}\"", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }
}
