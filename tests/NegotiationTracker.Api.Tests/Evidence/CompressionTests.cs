using System.IO.Compression;
using System.Net.Http.Headers;
using System.Text.Json;
using NegotiationTracker.Api.Tests.Infrastructure;

namespace NegotiationTracker.Api.Tests.Evidence;

/// <summary>Lists go compressed to clients that ask (Accept-Encoding), byte for byte the same answer once unpacked.</summary>
[Collection(SharedSeedsApi.Name)]
public sealed class CompressionTests(TrackerApiFactory factory)
{
    private static readonly string[] Lists = ["/api/rounds", "/api/delegations", "/api/participants", "/api/demands"];
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task GzipAnswerUnpacksToThePlainAnswer()
    {
        var plain = await _client.GetByteArrayAsync("/api/delegations?pageSize=200", TestContext.Current.CancellationToken);
        var (encoding, packed) = await GetPackedAsync("/api/delegations?pageSize=200", "gzip");

        Assert.Equal("gzip", encoding);
        await using var unzip = new GZipStream(new MemoryStream(packed), CompressionMode.Decompress);
        using var unpacked = new MemoryStream();
        await unzip.CopyToAsync(unpacked, TestContext.Current.CancellationToken);
        Assert.Equal(plain, unpacked.ToArray());
        Assert.True(packed.Length * 2 < plain.Length, $"gzip {packed.Length} B of {plain.Length} B");
    }

    [Fact]
    public async Task CsvAndProblemsAreCompressedToo()
    {
        var (csv, _) = await GetPackedAsync("/api/delegations?format=csv&pageSize=200", "br");
        var (problem, _) = await GetPackedAsync("/api/rounds?partie=" + new string('x', 2000), "br");

        Assert.Equal("br", csv);
        Assert.Equal("br", problem);
    }

    /// <summary>What a client that accepts compression receives for a counted page, against the full page (printed for the README).</summary>
    [Fact]
    public async Task CountedCompressedPagesAreAFractionOfFullPlainPages()
    {
        foreach (var list in Lists)
        {
            var full = (await _client.GetByteArrayAsync($"{list}?evidence=full&pageSize=200", TestContext.Current.CancellationToken)).Length;
            var (_, packed) = await GetPackedAsync($"{list}?evidence=count&pageSize=200", "br");
            TestContext.Current.TestOutputHelper?.WriteLine($"{list,-18} full {full,7:N0} B  count+br {packed.Length,6:N0} B ({100.0 * packed.Length / full:F1}%)");
            Assert.True(packed.Length * 4 <= full, $"{list}: {packed.Length} B compressed is more than a quarter of {full} B");
        }
    }

    private async Task<(string? Encoding, byte[] Body)> GetPackedAsync(string url, string encoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));
        using var response = await _client.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        return (response.Content.Headers.ContentEncoding.SingleOrDefault(), await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
    }
}
