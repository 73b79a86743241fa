using System.Net;
using NegotiationTracker.Api.Tests.Infrastructure;

namespace NegotiationTracker.Api.Tests.Rounds;

/// <summary>Delegations and demands say which round they belong to; a person's rounds come in one call.</summary>
[Collection(SharedSeedsApi.Name)]
public sealed class RoundLinkTests(TrackerApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task EveryDelegationEmbedsItsRoundWithDateCityAndVenue()
    {
        var teams = (await _client.GetJsonAsync("/api/delegations?party=russia&pageSize=200")).Items();
        Assert.All(teams, t => Assert.Equal(t.GetProperty("roundId").GetInt32(), t.GetProperty("round").GetProperty("id").GetInt32()));
        var third = Assert.Single(teams, t => t.GetProperty("round").Str("date") == "2025-07-23").GetProperty("round");
        Assert.Equal("3", third.Str("number"));
        Assert.Equal("day", third.Str("datePrecision"));
        Assert.Equal("Istanbul", third.Str("city"));
        Assert.Equal("Çırağan Palace", third.GetProperty("venue").Str("name"));
    }

    [Fact]
    public async Task DemandsTiedToARoundEmbedIt()
    {
        var demands = (await _client.GetJsonAsync("/api/demands?pageSize=200")).Items();
        Assert.Contains(demands, d => d.Str("roundId") is not null);
        Assert.All(demands, d => Assert.Equal(d.Str("roundId"), d.Str("round") is null ? null : d.GetProperty("round").Str("id")));
    }

    [Fact]
    public async Task RoundsUmerovLedComeInOneCallByName()
    {
        var led = (await _client.GetJsonAsync("/api/rounds?head=umerov")).Items();
        Assert.Equal(["2025-05-16", "2025-07-23"], led.Select(r => r.Str("date")).Take(1).Concat(led.Select(r => r.Str("date")).Skip(led.Count - 1)));
        Assert.All(led, r => Assert.Equal("Istanbul", r.Str("city")));
    }

    [Fact]
    public async Task ParticipantAndNumberFiltersNarrowRounds()
    {
        var kostyukov = await _client.GetJsonAsync("/api/rounds?participant=kostyukov");
        Assert.Equal("2025-07-23", Assert.Single(kostyukov.Items()).Str("date"));
        var second = await _client.GetJsonAsync("/api/rounds?number=2");
        Assert.Equal("2025-06-02", Assert.Single(second.Items()).Str("date"));
        Assert.Equal(0, (await _client.GetJsonAsync("/api/rounds?participant=nobody-at-all")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task ParticipantRoundsListTheRoundsWithTheirRole()
    {
        var umerov = Assert.Single((await _client.GetJsonAsync("/api/participants?name=umerov")).Items());
        var id = umerov.GetProperty("id").GetInt32();
        var rounds = (await _client.GetJsonAsync($"/api/participants/{id}/rounds")).Items();
        Assert.Equal("2025-05-16", rounds[0].GetProperty("round").Str("date"));
        Assert.All(rounds, r => Assert.Equal("Ukraine", r.Str("party")));
        var led = (await _client.GetJsonAsync($"/api/participants/{id}/rounds?head=true")).Items();
        Assert.All(led, r => Assert.True(r.GetProperty("isHead").GetBoolean()));
        Assert.Equal(led.Select(r => r.GetProperty("round").Str("id")), (await _client.GetJsonAsync($"/api/rounds?head={id}")).Items().Select(r => r.Str("id")));
    }

    [Fact]
    public async Task RoundsOfAnUnknownParticipantAre404() =>
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/api/participants/424242/rounds", TestContext.Current.CancellationToken)).StatusCode);
}
