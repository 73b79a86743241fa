namespace NegotiationTracker.Api.Setup;

/// <summary>Which database engine holds the knowledge base (<c>Database:Provider</c>).</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary><see cref="DatabaseProvider.Sqlite"/> (embedded, the default) or <see cref="DatabaseProvider.Postgres"/> (shared by several instances).</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;
}

/// <summary>The engines the knowledge base runs on.</summary>
public enum DatabaseProvider
{
    /// <summary>A file beside one host; <c>ConnectionStrings:Tracker</c> is a SQLite connection string.</summary>
    Sqlite,

    /// <summary>A server several hosts share; <c>ConnectionStrings:Tracker</c> is an Npgsql connection string.</summary>
    Postgres,
}
