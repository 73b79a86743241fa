using System.Net;
using NegotiationTracker.Api.Tests.Infrastructure;

namespace NegotiationTracker.Api.Tests.Contract;

[Collection(SharedSeedsApi.Name)]
public sealed class SecurityHeaderTests(TrackerApiFactory factory)
{
    [Theory]
    [InlineData("/api/rounds", HttpStatusCode.OK)]
    [InlineData("/api/rounds/999999", HttpStatusCode.NotFound)]
    [InlineData("/api/rounds?page=abc", HttpStatusCode.BadRequest)]
    [InlineData("/health", HttpStatusCode.OK)]
    [InlineData("/", HttpStatusCode.OK)]
    [InlineData("/js/app.js", HttpStatusCode.OK)]
    [InlineData("/swagger/index.html", HttpStatusCode.OK)]
    [InlineData("/swagger/v1/swagger.json", HttpStatusCode.OK)]
    public async Task EveryAnswerForbidsSniffingFramingAndReferrers(string url, HttpStatusCode status)
    {
        using var response = await factory.CreateClient().GetAsync(url, TestContext.Current.CancellationToken);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.Contains("frame-ancestors 'none'", Assert.Single(response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public async Task SwaggerUiKeepsItsScriptsAndStyles()
    {
        var client = factory.CreateClient();
        using var page = await client.GetAsync("/swagger/index.html", TestContext.Current.CancellationToken);
        var policy = Assert.Single(page.Headers.GetValues("Content-Security-Policy"));

        // Only framing is restricted: a default-src, script-src or style-src would stop Swagger UI's own files.
        Assert.Equal("frame-ancestors 'none'", policy);
        foreach (var asset in new[] { "/swagger/index.js", "/swagger/swagger-ui-bundle.js", "/swagger/swagger-ui.css" })
        {
            using var response = await client.GetAsync(asset, TestContext.Current.CancellationToken);
            Assert.True(response.IsSuccessStatusCode, $"{asset} answered {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task KestrelDoesNotNameItself()
    {
        var folder = Directory.CreateTempSubdirectory("nt-server-").FullName;
        try
        {
            using var database = TestDatabase.Create(folder);
            using var api = TrackerProcess.Serve(database, TrackerApiFactory.RepositorySeeds);
            using var client = new HttpClient();
            Assert.True(await api.WaitHealthyAsync(client, TimeSpan.FromSeconds(60)) is not null, $"The API was not healthy within 60 s:\n{api.Output}");

            using var response = await client.GetAsync(new Uri(api.BaseAddress!, "/api/rounds"), TestContext.Current.CancellationToken);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.False(response.Headers.Contains("Server"), $"Server: {string.Join(", ", response.Headers.TryGetValues("Server", out var v) ? v : [])}");
            Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
