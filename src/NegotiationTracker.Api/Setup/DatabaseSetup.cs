using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NegotiationTracker.Data;

namespace NegotiationTracker.Api.Setup;

internal static class DatabaseSetup
{
    /// <summary>
    /// Registers the SQLite context. A relative <c>Data Source</c> is taken relative to the content root,
    /// not the working directory, so `dotnet run` from anywhere uses the same file.
    /// </summary>
    public static IServiceCollection AddTrackerDatabase(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var connection = new SqliteConnectionStringBuilder(
            configuration.GetConnectionString("Tracker") ?? "Data Source=App_Data/tracker.db");
        if (!string.IsNullOrEmpty(connection.DataSource) && connection.DataSource != ":memory:" && !Path.IsPathRooted(connection.DataSource))
        {
            connection.DataSource = Path.GetFullPath(connection.DataSource, contentRoot);
        }

        if (Path.GetDirectoryName(connection.DataSource) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }

        // Pooled connections keep SQLite's page cache warm between requests (a fresh connection reads the
        // schema and every page again); WAL keeps each reader on the last committed import.
        connection.Pooling = true;
        // Pooled contexts: a request reuses one instead of building a context and its services.
        return services.AddDbContextPool<TrackerDbContext>(o => o.UseSqlite(connection.ToString()));
    }
}
