namespace NegotiationTracker.Api.Tests.Infrastructure;

/// <summary>
/// The database one test (or fixture) runs against: a SQLite file in a temporary folder, or, when
/// <c>TRACKER_TEST_POSTGRES</c> names a PostgreSQL server (scripts/postgres-test sets it), a database of
/// its own created there and dropped after.
/// </summary>
public abstract class TestDatabase : IDisposable
{
    /// <summary>The server's Npgsql connection string without a database, or null for SQLite.</summary>
    public static string? PostgresServer { get; } = Environment.GetEnvironmentVariable("TRACKER_TEST_POSTGRES") is { Length: > 0 } server ? server : null;

    public static bool OnPostgres => PostgresServer is not null;

    /// <summary><c>Sqlite</c> or <c>Postgres</c>, as <c>Database:Provider</c> takes it.</summary>
    public abstract string Provider { get; }

    public abstract string ConnectionString { get; }

    /// <summary>The temporary folder given at creation, where a process using this database runs.</summary>
    public required string Folder { get; init; }

    /// <summary>A new database; a SQLite one is the file <c>tracker.db</c> in <paramref name="folder"/>.</summary>
    public static TestDatabase Create(string folder) =>
        PostgresServer is { } server ? new PostgresTestDatabase(server) { Folder = folder } : new SqliteTestDatabase(Path.Combine(folder, "tracker.db")) { Folder = folder };

    /// <summary>Every row of every table, without the clock columns (see <see cref="DatabaseSnapshot"/>).</summary>
    public abstract string Snapshot();

    /// <summary>True while nothing has created a table (or the file) yet.</summary>
    public abstract bool IsUntouched();

    public abstract void Dispose();
}

/// <summary>A SQLite file; the folder it is in belongs to the caller.</summary>
public sealed class SqliteTestDatabase(string path) : TestDatabase
{
    public string Path { get; } = path;

    public override string Provider => "Sqlite";

    public override string ConnectionString => $"Data Source={Path}";

    public override string Snapshot() => DatabaseSnapshot.Of(Path);

    public override bool IsUntouched() => !File.Exists(Path);

    public override void Dispose()
    {
    }
}
