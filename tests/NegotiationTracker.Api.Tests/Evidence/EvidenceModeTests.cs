using System.Text.Json;
using NegotiationTracker.Api.Tests.Infrastructure;

namespace NegotiationTracker.Api.Tests.Evidence;

/// <summary>evidence=none|count|full on lists (default count) and single items (default full), and what it saves.</summary>
[Collection(SharedSeedsApi.Name)]
public sealed class EvidenceModeTests(TrackerApiFactory factory)
{
    private static readonly string[] Lists = ["/api/rounds", "/api/delegations", "/api/participants", "/api/demands", "/api/venues", "/api/conflicts"];
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task ListsCarryOnlyACountByDefault()
    {
        var team = (await _client.GetJsonAsync("/api/delegations")).Items()[0];
        Assert.True(team.GetProperty("evidenceCount").GetInt32() > 0);
        Assert.False(team.TryGetProperty("evidence", out _));

        var full = (await _client.GetJsonAsync("/api/delegations?evidence=full")).Items()[0];
        Assert.Equal(full.GetProperty("evidenceCount").GetInt32(), full.GetProperty("evidence").GetArrayLength());
    }

    [Fact]
    public async Task NoneLeavesOutNestedEvidenceToo()
    {
        var text = await _client.GetStringAsync("/api/rounds?evidence=none", TestContext.Current.CancellationToken);
        Assert.DoesNotContain("\"evidence", text, StringComparison.Ordinal);
        Assert.Contains("\"outcomes\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SingleItemsCarryTheSentencesByDefault()
    {
        var id = (await _client.GetJsonAsync("/api/rounds")).Items()[0].GetProperty("id").GetInt32();
        var round = await _client.GetJsonAsync($"/api/rounds/{id}");
        Assert.NotEmpty(round.GetProperty("evidence").EnumerateArray());
        Assert.NotEmpty(round.GetProperty("delegations")[0].GetProperty("evidence").EnumerateArray());

        var counted = await _client.GetJsonAsync($"/api/rounds/{id}?evidence=count");
        Assert.False(counted.TryGetProperty("evidence", out _));
        Assert.Equal(round.GetProperty("evidence").GetArrayLength(), counted.GetProperty("evidenceCount").GetInt32());
    }

    [Theory]
    [InlineData("/api/rounds?evidence=some")]
    [InlineData("/api/participants/1?evidence=all")]
    public async Task AnUnknownModeIs400NamingEvidence(string url)
    {
        var response = await _client.GetAsync(url, TestContext.Current.CancellationToken);
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"evidence\"", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    /// <summary>
    /// The measure, printed for every list. Where evidence dominates (rounds, participants) a counted
    /// page is at most a quarter of the full one; delegations and demands now embed their round, which
    /// evidence=count keeps, so there a counted page saves less (printed).
    /// </summary>
    [Fact]
    public async Task CountedPagesAreAQuarterOfFullPagesWhereEvidenceDominates()
    {
        string[] quarter = ["/api/rounds", "/api/participants"];
        long fullTotal = 0, countTotal = 0;
        foreach (var list in Lists)
        {
            var full = await SizeAsync($"{list}?evidence=full&pageSize=200");
            var count = await SizeAsync($"{list}?evidence=count&pageSize=200");
            var none = await SizeAsync($"{list}?evidence=none&pageSize=200");
            TestContext.Current.TestOutputHelper?.WriteLine($"{list,-18} full {full,7:N0} B  count {count,7:N0} B ({100.0 * count / full:F1}%)  none {none,7:N0} B");
            Assert.True(none <= count && count < full, $"{list}: none {none}, count {count}, full {full}");
            Assert.True(!quarter.Contains(list) || count * 4 <= full, $"{list}: count {count} B is more than a quarter of full {full} B");
            fullTotal += full;
            countTotal += count;
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"all lists          full {fullTotal,7:N0} B  count {countTotal,7:N0} B ({100.0 * countTotal / fullTotal:F1}%)");
    }

    private async Task<long> SizeAsync(string url)
    {
        var bytes = await _client.GetByteArrayAsync(url, TestContext.Current.CancellationToken);
        using var json = JsonDocument.Parse(bytes);
        Assert.True(json.RootElement.GetProperty("total").GetInt32() > 0, $"{url} is empty");
        return bytes.Length;
    }
}
