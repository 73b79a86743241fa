using System.Globalization;
using System.Net.Http.Headers;
using CsvHelper;
using CsvHelper.Configuration;
using NegotiationTracker.Api.Tests.Infrastructure;

namespace NegotiationTracker.Api.Tests.Contract;

/// <summary>Every list as CSV a spreadsheet opens: header row, RFC 4180 quoting, UTF-8, evidence as a count.</summary>
[Collection(SharedSeedsApi.Name)]
public sealed class CsvListTests(TrackerApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task DelegationsAsCsvParseWithOneRowPerTeam()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/delegations?pageSize=200");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));
        var response = await _client.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);

        var rows = await ParseAsync(response);
        var json = await _client.GetJsonAsync("/api/delegations?pageSize=200");
        Assert.Equal(json.GetProperty("total").GetInt32(), rows.Count);
        Assert.Equal(json.Items().Select(d => d.Str("id")), rows.Select(r => r["id"]));

        var russia = rows.First(r => r["party"] == "Russia" && r["round.date"] == "2025-07-23");
        Assert.Equal("Vladimir Medinsky", russia["head.name"]);
        Assert.Equal("Çırağan Palace", russia["round.venue.name"]);
        Assert.Contains("Igor Kostyukov", russia["members"], StringComparison.Ordinal);
        Assert.True(int.Parse(russia["evidenceCount"]!, CultureInfo.InvariantCulture) > 0);
        Assert.DoesNotContain(rows[0].Keys, k => k.StartsWith("evidence.", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/api/rounds?format=csv", "date")]
    [InlineData("/api/participants?format=csv", "name")]
    [InlineData("/api/demands?format=csv", "category")]
    [InlineData("/api/venues?format=csv", "name")]
    [InlineData("/api/articles?format=csv", "file")]
    [InlineData("/api/conflicts?format=csv", "subjectLink")]
    [InlineData("/api/participants/1/rounds?format=csv", "round.date")]
    public async Task EveryListAnswersCsvWithAHeaderRow(string url, string column)
    {
        var response = await _client.GetAsync(url, TestContext.Current.CancellationToken);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var rows = await ParseAsync(response);
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.True(r.ContainsKey(column)));
    }

    [Fact]
    public async Task QuotesCommasAndLineBreaksTheRfc4180Way()
    {
        // Demand texts and outcomes are phrases from the articles: commas and quotes must survive a round trip.
        var bytes = await _client.GetByteArrayAsync("/api/rounds?format=csv", TestContext.Current.CancellationToken);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var text = System.Text.Encoding.UTF8.GetString(bytes[3..]);
        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
        var rows = await ParseAsync(new HttpResponseMessage { Content = new ByteArrayContent(bytes) });
        var json = (await _client.GetJsonAsync("/api/rounds")).Items();
        Assert.Equal(json.Select(r => string.Join("; ", r.GetProperty("parties").EnumerateArray().Select(p => p.GetString()))), rows.Select(r => r["parties"]));
        Assert.Equal(json.Select(r => string.Join("; ", r.GetProperty("outcomes").EnumerateArray().Select(o => o.Str("text")))), rows.Select(r => r["outcomes"] ?? string.Empty));
    }

    [Fact]
    public async Task JsonAndCsvHaveDifferentETags()
    {
        var json = await _client.GetAsync("/api/rounds", TestContext.Current.CancellationToken);
        var csv = await _client.GetAsync("/api/rounds?format=csv", TestContext.Current.CancellationToken);
        Assert.NotEqual(json.Headers.ETag, csv.Headers.ETag);
        Assert.Contains("Accept", json.Headers.Vary);
    }

    private static async Task<List<Dictionary<string, string?>>> ParseAsync(HttpResponseMessage response)
    {
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken), System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { DetectColumnCountChanges = true });
        await csv.ReadAsync();
        csv.ReadHeader();
        var header = csv.HeaderRecord!;
        var rows = new List<Dictionary<string, string?>>();
        while (await csv.ReadAsync())
        {
            rows.Add(header.Select((h, i) => (h, csv.GetField(i))).ToDictionary(x => x.h, x => string.IsNullOrEmpty(x.Item2) ? null : x.Item2));
        }

        return rows;
    }
}
