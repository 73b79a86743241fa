using System.Net;
using System.Text.Json;
using NegotiationTracker.Api.Tests.Infrastructure;

namespace NegotiationTracker.Api.Tests.Import;

/// <summary>An import reads nothing outside the seeds directory, however a link inside it points out.</summary>
public sealed class SeedLinkTests : IDisposable
{
    private const string Key = "test-key-123";
    private const string Secret = "Secret text outside the seeds: talks between Russia and Ukraine in Istanbul on May 16, 2025.";
    private readonly SeedsCopy _seeds = new();
    private readonly string _outside = Directory.CreateTempSubdirectory("nt-outside-").FullName;
    private readonly TrackerApiFactory _factory;

    public SeedLinkTests()
    {
        File.WriteAllText(Path.Combine(_outside, "secret.txt"), Secret);
        Directory.CreateDirectory(Path.Combine(_outside, "lexicon"));
        File.WriteAllText(Path.Combine(_outside, "lexicon", "extra.json"), "{}");
        _factory = new TrackerApiFactory { ApiKey = Key, SeedsDirectory = _seeds.Directory };
    }

    [Fact]
    public async Task ALinkToAFileOutsideTheSeedsIsRefusedByNameAndNotServedWhileOneInsideIsRead()
    {
        var client = _factory.CreateClient();
        var before = _factory.Database.Snapshot();
        File.CreateSymbolicLink(Path.Combine(_seeds.Directory, "009_linked.txt"), Path.Combine(_outside, "secret.txt"));
        File.CreateSymbolicLink(Path.Combine(_seeds.Directory, "lexicon", "passwd.json"), "/etc/passwd");
        // A link that stays inside (through a detour) is an ordinary seed.
        File.CreateSymbolicLink(Path.Combine(_seeds.Directory, "009_alias.txt"), Path.Combine("lexicon", "..", Path.GetFileName(_seeds.PathOf("000"))));

        var errors = await RefusedAsync(client);

        Assert.Equal(["009_linked.txt", "lexicon/passwd.json"], errors.Keys.Order(StringComparer.Ordinal));
        Assert.All(errors.Values, e => Assert.Contains("outside the seeds directory", e, StringComparison.Ordinal));
        Assert.Equal(before, _factory.Database.Snapshot());
        Assert.DoesNotContain("Secret text", await client.GetStringAsync("/api/articles?pageSize=200", TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ALinkToADirectoryIsRefusedByNameAndNotFollowed()
    {
        var client = _factory.CreateClient();
        var before = _factory.Database.Snapshot();
        Directory.CreateSymbolicLink(Path.Combine(_seeds.Directory, "more"), _outside);

        var errors = await RefusedAsync(client);

        Assert.Equal(["more"], errors.Keys); // nothing under it was read, so nothing under it is named
        Assert.Contains("not followed", errors["more"], StringComparison.Ordinal);
        Assert.Equal(before, _factory.Database.Snapshot());
    }

    public void Dispose()
    {
        _factory.Dispose();
        _seeds.Dispose();
        Directory.Delete(_outside, recursive: true);
    }

    private static async Task<HttpResponseMessage> PostImportAsync(HttpClient client)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/import");
        request.Headers.Add("X-Api-Key", Key);
        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    /// <summary>Posts an import, expects 422, and returns the refused files with their reasons.</summary>
    private static async Task<Dictionary<string, string>> RefusedAsync(HttpClient client)
    {
        using var response = await PostImportAsync(client);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.UnprocessableEntity, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.GetProperty("errors").EnumerateArray()
            .ToDictionary(e => e.GetProperty("file").GetString()!, e => e.GetProperty("message").GetString()!, StringComparer.Ordinal);
    }
}
