using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using NegotiationTracker.Data.Import;

namespace NegotiationTracker.Web.Tests.Infrastructure;

/// <summary>
/// The real API, page included, over a fresh SQLite file importing the repository's seeds, served by Kestrel
/// on a port the OS picks: a browser needs a real socket, which the in-memory test server does not give.
/// </summary>
public sealed class TimelineSite : WebApplicationFactory<Program>
{
    private readonly string _folder = Directory.CreateTempSubdirectory("nt-web-").FullName;

    public TimelineSite() => UseKestrel(0);

    /// <summary>Starts the host (migration and seed import run before it listens) and returns where it listens.</summary>
    public Uri Start()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses;
        return new Uri(addresses?.FirstOrDefault() ?? throw new InvalidOperationException("Kestrel reported no address."));
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Tracker", $"Data Source={Path.Combine(_folder, "tracker.db")}");
        builder.UseSetting("Seeds:Directory", SeedsLocator.Resolve(null, AppContext.BaseDirectory));
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
