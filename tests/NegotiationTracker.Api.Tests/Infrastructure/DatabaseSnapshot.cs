using System.Text;
using Microsoft.Data.Sqlite;

namespace NegotiationTracker.Api.Tests.Infrastructure;

/// <summary>
/// Everything the knowledge base holds, as one string: every row of every table, in key order,
/// without the clock columns (when an import ran is not what it wrote) and the history's trigger (nor is
/// how it was started: a start-up import after a killed command-line one writes the same state). Two equal snapshots are the
/// same state; a snapshot equal to neither "before" nor "after" is a mix.
/// </summary>
internal static class DatabaseSnapshot
{
    public static string Of(string databasePath)
    {
        using var connection = new SqliteConnection($"Data Source={databasePath};Pooling=False");
        connection.Open();
        var all = new StringBuilder();
        foreach (var table in Strings(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '\\_\\_EF%' ESCAPE '\\' AND name NOT LIKE 'sqlite%' ORDER BY name"))
        {
            all.Append('#').AppendLine(table);
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\" ORDER BY 1";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    var name = reader.GetName(i);
                    if (name.EndsWith("At", StringComparison.Ordinal) || name is "Version" or "Trigger") { continue; }
                    all.Append(name).Append('=').Append(reader.IsDBNull(i) ? "null" : reader.GetValue(i)).Append('|');
                }

                all.AppendLine();
            }
        }

        return all.ToString();
    }

    /// <summary>Leaves a lock row exactly as EF Core's SQLite migrator inserts it, as if its holder had been killed.</summary>
    public static void InsertMigrationLock(string databasePath)
    {
        using var connection = new SqliteConnection($"Data Source={databasePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            CREATE TABLE IF NOT EXISTS "__EFMigrationsLock" ("Id" INTEGER NOT NULL CONSTRAINT "PK___EFMigrationsLock" PRIMARY KEY, "Timestamp" TEXT NOT NULL);
            INSERT OR IGNORE INTO "__EFMigrationsLock"("Id", "Timestamp") VALUES(1, '2026-01-01 00:00:00+00:00');
            """;
        command.ExecuteNonQuery();
    }

    private static List<string> Strings(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read()) { values.Add(reader.GetString(0)); }
        return values;
    }
}
