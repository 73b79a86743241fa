using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using NegotiationTracker.Data.Import;

namespace NegotiationTracker.Web.Tests.Infrastructure;

/// <summary>
/// The real API, page included, over a fresh SQLite file importing a seeds folder (the repository's by default), served by Kestrel
/// on a port the OS picks: a browser needs a real socket, which the in-memory test server does not give.
/// </summary>
public sealed class TimelineSite : WebApplicationFactory<Program>
{
    private readonly string _folder = Directory.CreateTempSubdirectory("nt-web-").FullName;
    private readonly string _seeds;

    public TimelineSite(string? seeds = null)
    {
        _seeds = seeds ?? SeedsLocator.Resolve(null, AppContext.BaseDirectory);
        UseKestrel(0);
    }

    /// <summary>Where the site listens, once started.</summary>
    public Uri Address { get; private set; } = new("http://unstarted/");

    /// <summary>Starts the host (migration and seed import run before it listens) and checks the import succeeded.</summary>
    public TimelineSite Start()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses;
        Address = new Uri(addresses?.FirstOrDefault() ?? throw new InvalidOperationException("Kestrel reported no address."));
        // When the import failed every browser test would only time out waiting for marks: say so once, plainly.
        using var health = Get("/health");
        return health.IsSuccessStatusCode ? this
            : throw new InvalidOperationException($"The site is not healthy (/health answered {(int)health.StatusCode}): the import of {_seeds} failed; its log names the file.");
    }

    /// <summary>A GET against the running site, for what the page is expected to show.</summary>
    public HttpResponseMessage Get(string path)
    {
        using var client = new HttpClient { BaseAddress = Address };
        return client.Send(new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative)));
    }

    /// <summary>The JSON answer of a GET, e.g. the rounds the page should show.</summary>
    public System.Text.Json.JsonElement Json(string path)
    {
        using var response = Get(path).EnsureSuccessStatusCode();
        return System.Text.Json.JsonDocument.Parse(response.Content.ReadAsStream()).RootElement.Clone();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Tracker", $"Data Source={Path.Combine(_folder, "tracker.db")}");
        builder.UseSetting("Seeds:Directory", _seeds);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by the OS is left for the temp cleaner; no result depends on it.
        }
    }
}
