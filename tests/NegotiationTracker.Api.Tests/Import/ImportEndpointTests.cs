using System.Net;
using NegotiationTracker.Api.Tests.Infrastructure;

namespace NegotiationTracker.Api.Tests.Import;

public sealed class ImportEndpointTests
{
    private const string Key = "test-key-123";

    private static async Task<HttpResponseMessage> PostImport(HttpClient client, string? key, string query = "")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/import" + query);
        if (key is not null) { request.Headers.Add("X-Api-Key", key); }
        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task NoConfiguredKeyIs403()
    {
        using var factory = new TrackerApiFactory();
        var response = await PostImport(factory.CreateClient(), "anything");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong")]
    [InlineData("test-key-1234")]
    public async Task MissingOrWrongKeyIs401(string? key)
    {
        using var factory = new TrackerApiFactory { ApiKey = Key };
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostImport(factory.CreateClient(), key)).StatusCode);
    }

    [Fact]
    public async Task RightKeyImportsAndReportsNothingChangedOnUnchangedSeeds()
    {
        using var factory = new TrackerApiFactory { ApiKey = Key };
        var client = factory.CreateClient();
        var before = await client.GetStringAsync("/api/rounds/3", TestContext.Current.CancellationToken);

        var response = await PostImport(client, Key);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("\"added\":{}", report, StringComparison.Ordinal);
        Assert.Contains("\"updated\":{}", report, StringComparison.Ordinal);
        Assert.Contains("\"removed\":{}", report, StringComparison.Ordinal);
        Assert.Equal(before, await client.GetStringAsync("/api/rounds/3", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task BadSeedIs422NamingTheFile()
    {
        using var seeds = new SeedsCopy();
        using var factory = new TrackerApiFactory { ApiKey = Key, SeedsDirectory = seeds.Directory };
        var client = factory.CreateClient();
        await File.WriteAllBytesAsync(Path.Combine(seeds.Directory, "broken.txt"), [0x41, 0x00, 0x42], TestContext.Current.CancellationToken);

        var response = await PostImport(client, Key);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("broken.txt", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConcurrentImportsNeverCorruptTheDatabase()
    {
        using var factory = new TrackerApiFactory { ApiKey = Key };
        var client = factory.CreateClient();

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => PostImport(client, Key, "?dryRun=true")));

        Assert.All(responses, r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.Conflict }));
        Assert.Contains(responses, r => r.StatusCode == HttpStatusCode.OK);
        Assert.Equal(3, (await client.GetJsonAsync("/api/rounds")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task WrongKeysDoNotUseUpTheRateLimit()
    {
        using var factory = new TrackerApiFactory { ApiKey = Key, PermitsPerMinute = 2 };
        var client = factory.CreateClient();
        for (var i = 0; i < 5; i++) { Assert.Equal(HttpStatusCode.Unauthorized, (await PostImport(client, "wrong")).StatusCode); }

        Assert.Equal(HttpStatusCode.OK, (await PostImport(client, Key)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await PostImport(client, Key)).StatusCode);
        var third = await PostImport(client, Key);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.Equal("application/problem+json", third.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task RefusedFirstImportLeavesTheApiUnhealthy()
    {
        using var seeds = new SeedsCopy();
        await File.WriteAllBytesAsync(Path.Combine(seeds.Directory, "broken.txt"), [0xFF, 0xFE, 0x00], TestContext.Current.CancellationToken);
        using var factory = new TrackerApiFactory { SeedsDirectory = seeds.Directory };

        var health = await factory.CreateClient().GetAsync("/health", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
    }
}
