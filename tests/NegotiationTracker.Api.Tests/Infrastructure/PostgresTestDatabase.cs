using System.Text;
using Npgsql;

namespace NegotiationTracker.Api.Tests.Infrastructure;

/// <summary>A database of its own on the test server, created empty and dropped (with its sessions) on dispose.</summary>
public sealed class PostgresTestDatabase : TestDatabase
{
    private readonly string _server;
    private readonly string _name = "nt_" + Guid.NewGuid().ToString("N");

    public PostgresTestDatabase(string server)
    {
        _server = server;
        Execute(server, $"CREATE DATABASE \"{_name}\"");
    }

    public override string Provider => "Postgres";

    public override string ConnectionString => new NpgsqlConnectionStringBuilder(_server) { Database = _name }.ToString();

    /// <summary>Rows sorted as text, so the order of equal keys (and of a rebuilt index) does not matter.</summary>
    public override string Snapshot()
    {
        using var connection = new NpgsqlConnection(ConnectionString);
        connection.Open();
        var all = new StringBuilder();
        foreach (var table in Strings(connection, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name NOT LIKE '\\_\\_EF%' ORDER BY 1"))
        {
            all.Append('#').AppendLine(table);
            using var command = new NpgsqlCommand($"SELECT * FROM \"{table}\"", connection);
            using var reader = command.ExecuteReader();
            var rows = new List<string>();
            while (reader.Read())
            {
                var row = new StringBuilder();
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    var name = reader.GetName(i);
                    if (name.EndsWith("At", StringComparison.Ordinal) || name == "Version") { continue; }
                    var value = reader.IsDBNull(i) ? "null" : reader.GetValue(i) is string[] words ? string.Join(' ', words) : reader.GetValue(i);
                    row.Append(name).Append('=').Append(value).Append('|');
                }

                rows.Add(row.ToString());
            }

            foreach (var row in rows.Order(StringComparer.Ordinal)) { all.AppendLine(row); }
        }

        return all.ToString();
    }

    public override bool IsUntouched()
    {
        using var connection = new NpgsqlConnection(ConnectionString);
        connection.Open();
        return Strings(connection, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'").Count == 0;
    }

    /// <summary>Advisory locks granted in this database now (the import lock is one).</summary>
    public int AdvisoryLocksHeld()
    {
        using var connection = new NpgsqlConnection(ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand("SELECT count(*)::int FROM pg_locks WHERE locktype = 'advisory' AND granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())", connection);
        return (int)command.ExecuteScalar()!;
    }

    public override void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        Execute(_server, $"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)");
    }

    private static void Execute(string server, string sql)
    {
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false }.ToString());
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    private static List<string> Strings(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read()) { values.Add(reader.GetString(0)); }
        return values;
    }
}
