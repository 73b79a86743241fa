using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using NegotiationTracker.Data.Import;

namespace NegotiationTracker.Api.Tests.Infrastructure;

/// <summary>
/// The real API over a real database (a SQLite file in a fresh temporary folder, or a PostgreSQL database
/// of its own: <see cref="TestDatabase"/>), importing the given seeds
/// directory (the repository's <c>seeds/</c> unless a test brings its own copy).
/// </summary>
public class TrackerApiFactory : WebApplicationFactory<Program>
{
    private readonly string _folder = Directory.CreateTempSubdirectory("nt-api-").FullName;

    public TrackerApiFactory()
    {
        SeedsDirectory = RepositorySeeds;
        Database = TestDatabase.Create(_folder);
    }

    public static string RepositorySeeds { get; } = SeedsLocator.Resolve(null, AppContext.BaseDirectory);

    public string SeedsDirectory { get; set; }

    public string? ApiKey { get; set; }

    public int PermitsPerMinute { get; set; } = 100;

    public TestDatabase Database { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", Database.Provider);
        builder.UseSetting("ConnectionStrings:Tracker", Database.ConnectionString);
        builder.UseSetting("Seeds:Directory", SeedsDirectory);
        builder.UseSetting("Import:ApiKey", ApiKey ?? string.Empty);
        builder.UseSetting("Import:PermitsPerMinute", PermitsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Database.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by the OS is left for the temp cleaner; the test result does not depend on it.
        }
    }
}
