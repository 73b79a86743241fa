using NegotiationTracker.Api.Tests.Infrastructure;

namespace NegotiationTracker.Api.Tests.Participants;

[Collection(SharedSeedsApi.Name)]
public sealed class ParticipantEndpointTests(TrackerApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("erdogan", "Recep Tayyip Erdoğan")]
    [InlineData("ERDOĞAN", "Recep Tayyip Erdoğan")]
    [InlineData("medinski", "Vladimir Medinsky")]
    [InlineData("kalin", "İbrahim Kalın")]
    [InlineData("umer", "Rustem Umerov")]
    public async Task NameSearchMatchesAnySpellingAndPart(string name, string expected)
    {
        var page = await _client.GetJsonAsync($"/api/participants?name={Uri.EscapeDataString(name)}");
        Assert.Contains(page.Items(), p => p.Str("name") == expected);
    }

    [Fact]
    public async Task PartyFilterAcceptsAlias()
    {
        var page = await _client.GetJsonAsync("/api/participants?party=turkish");
        Assert.Contains(page.Items(), p => p.Str("name") == "Hakan Fidan");
        Assert.All(page.Items(), p => Assert.Equal("Türkiye", p.Str("party")));
    }

    [Fact]
    public async Task RoundFilterListsPeopleInThatRoundsDelegations()
    {
        var third = (await _client.GetJsonAsync("/api/rounds?from=2025-07-01")).Items()[0].GetProperty("id").GetInt32();
        var names = (await _client.GetJsonAsync($"/api/participants?round={third}")).Items().Select(p => p.Str("name")).ToList();
        Assert.Contains("Mikhail Galuzin", names);
        Assert.DoesNotContain("Donald Trump", names);
    }

    [Fact]
    public async Task DetailHasTitlesDelegationsAndEvidence()
    {
        var umerov = Assert.Single((await _client.GetJsonAsync("/api/participants?name=umerov")).Items());
        var detail = await _client.GetJsonAsync($"/api/participants/{umerov.GetProperty("id").GetInt32()}");

        var titles = detail.GetProperty("titles").EnumerateArray().Select(t => t.Str("title")).ToList();
        Assert.Contains("Security Council Secretary", titles);
        Assert.All(detail.GetProperty("titles").EnumerateArray(), t => Assert.NotEmpty(t.GetProperty("evidence").EnumerateArray()));
        Assert.Contains(detail.GetProperty("delegations").EnumerateArray(), d => d.GetProperty("isHead").GetBoolean());
        Assert.NotEmpty(detail.GetProperty("evidence").EnumerateArray());
    }
}
