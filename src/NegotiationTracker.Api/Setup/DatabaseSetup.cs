using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NegotiationTracker.Data;
using NegotiationTracker.Data.Postgres;
using NegotiationTracker.Data.Providers;
using NegotiationTracker.Data.Providers.Sqlite;

namespace NegotiationTracker.Api.Setup;

internal static class DatabaseSetup
{
    /// <summary>Registers the context and the engine chosen by <c>Database:Provider</c>.</summary>
    public static IServiceCollection AddTrackerDatabase(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section).ValidateOnStart();
        var provider = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>()?.Provider ?? DatabaseProvider.Sqlite;
        var connection = configuration.GetConnectionString("Tracker");
        if (provider == DatabaseProvider.Postgres)
        {
            if (string.IsNullOrWhiteSpace(connection)) { throw new InvalidOperationException("Database:Provider is Postgres, so ConnectionStrings:Tracker must be an Npgsql connection string."); }
            services.AddSingleton<IDatabaseEngine, PostgresDatabase>();
            return services.AddDbContextPool<TrackerDbContext>(o => PostgresDatabase.Configure(o, connection));
        }

        services.AddSingleton<IDatabaseEngine>(SqliteDatabase.Instance);
        // Pooled contexts: a request reuses one instead of building a context and its services.
        return services.AddDbContextPool<TrackerDbContext>(o => o.UseSqlite(SqliteConnection(connection, contentRoot)));
    }

    /// <summary>
    /// A relative <c>Data Source</c> is taken relative to the content root, not the working directory, so
    /// `dotnet run` from anywhere uses the same file.
    /// </summary>
    private static string SqliteConnection(string? configured, string contentRoot)
    {
        var connection = new SqliteConnectionStringBuilder(configured ?? "Data Source=App_Data/tracker.db");
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
        return connection.ToString();
    }
}
