using System.Net;
using NegotiationTracker.Api.Tests.Infrastructure;

namespace NegotiationTracker.Api.Tests.Resources;

[Collection(SharedSeedsApi.Name)]
public sealed class OtherResourceTests(TrackerApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task DelegationsFilterByRoundAndParty()
    {
        var all = await _client.GetJsonAsync("/api/delegations");
        var russia = await _client.GetJsonAsync("/api/delegations?party=kremlin");
        Assert.True(all.GetProperty("total").GetInt32() > russia.GetProperty("total").GetInt32());
        Assert.All(russia.Items(), d => Assert.Equal("Russia", d.Str("party")));
        var round = russia.Items()[0].GetProperty("roundId").GetInt32();
        Assert.All((await _client.GetJsonAsync($"/api/delegations?round={round}")).Items(), d => Assert.Equal(round, d.GetProperty("roundId").GetInt32()));
    }

    [Fact]
    public async Task VenuesListTheRoundsHeldThere()
    {
        var venues = (await _client.GetJsonAsync("/api/venues")).Items();
        var dolmabahce = Assert.Single(venues, v => v.Str("name") == "Dolmabahçe Palace");
        Assert.Equal("Istanbul", dolmabahce.Str("city"));
        Assert.Equal("2025-05-16", Assert.Single(dolmabahce.GetProperty("rounds").EnumerateArray()).Str("date"));
        var one = await _client.GetJsonAsync($"/api/venues/{dolmabahce.GetProperty("id").GetInt32()}");
        Assert.Contains("Dolmabahce Palace", one.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
    }

    [Fact]
    public async Task DemandsFilterByPartyAliasAndCategory()
    {
        var moscow = (await _client.GetJsonAsync("/api/demands?party=moscow")).Items();
        Assert.Contains(moscow, d => d.Str("category") == "neutrality");
        Assert.All((await _client.GetJsonAsync("/api/demands?category=ceasefire")).Items(), d => Assert.Equal("ceasefire", d.Str("category")));
    }

    [Fact]
    public async Task ConflictsReportTheDisputedHead()
    {
        var conflicts = (await _client.GetJsonAsync("/api/conflicts")).Items();
        var head = Assert.Single(conflicts, c => c.Str("field") == "head");
        Assert.Equal(["Rustem Umerov", "Andrij Yermak"], head.GetProperty("claims").EnumerateArray().Select(c => c.Str("value")));

        // The subject is a link a client can follow: the delegation whose head is disputed.
        Assert.Equal("delegation", head.Str("subjectType"));
        var team = await _client.GetJsonAsync(head.Str("subjectLink")!);
        Assert.Equal(head.GetProperty("subjectId").GetInt32(), team.GetProperty("id").GetInt32());
        Assert.Equal("Ukraine", team.Str("party"));
    }

    [Fact]
    public async Task ArticleDetailListsTheFactsReadFromIt()
    {
        var article = (await _client.GetJsonAsync("/api/articles")).Items().Single(a => a.Str("file")!.StartsWith("004_", StringComparison.Ordinal));
        var facts = (await _client.GetJsonAsync($"/api/articles/{article.GetProperty("id").GetInt32()}")).GetProperty("facts");
        Assert.Equal(3, facts.GetProperty("rounds").GetArrayLength());
        Assert.Contains(facts.GetProperty("participants").EnumerateArray(), p => p.Str("name") == "Igor Kostyukov");
    }

    [Theory]
    [InlineData("/api/participants/424242")]
    [InlineData("/api/venues/424242")]
    public async Task UnknownIdsAre404ProblemDetails(string url)
    {
        var response = await _client.GetAsync(url, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/api/rounds?page=2&pageSize=2", 1)]
    [InlineData("/api/rounds?page=3&pageSize=1", 1)]
    [InlineData("/api/rounds?page=99", 0)]
    [InlineData("/api/rounds?pageSize=200", 3)]
    public async Task PagingEdges(string url, int count)
    {
        var page = await _client.GetJsonAsync(url);
        Assert.Equal(count, page.Items().Count);
        Assert.Equal(3, page.GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("/api/demands?category=peace", "category")]
    [InlineData("/api/delegations?round=0", "round")]
    [InlineData("/api/participants?round=-1", "round")]
    [InlineData("/api/delegations?round=abc", "round")]
    [InlineData("/api/rounds?page=42949673&pageSize=100", "page")]
    public async Task ValidationFailuresNameTheParameter(string url, string parameter)
    {
        var response = await _client.GetAsync(url, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(parameter, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task LongFilterTextIsRefused()
    {
        var response = await _client.GetAsync($"/api/participants?name={new string('a', 300)}", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task ETagRoundTripAnswers304()
    {
        var ct = TestContext.Current.CancellationToken;
        var first = await _client.GetAsync("/api/rounds", ct);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/rounds");
        request.Headers.IfNoneMatch.Add(etag);
        var second = await _client.SendAsync(request, ct);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }
}
