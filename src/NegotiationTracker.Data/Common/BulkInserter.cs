using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace NegotiationTracker.Data.Common;

/// <summary>
/// Inserts rows nobody reads back in the same import (change rows, read-model cards and their keys) as
/// multi-row INSERT statements on the import's own connection and transaction. Through the change tracker
/// each row cost a tracked entry, a snapshot and a command; a first import writes tens of thousands.
/// Table, columns and value conversions come from the EF model, and the provider quotes the names, so the
/// same code serves SQLite and PostgreSQL. A key the database generates is left out.
/// </summary>
internal static class BulkInserter
{
    // Microsoft.Data.Sqlite binds a statement's parameters in time that grows with the square of their number
    // (2,000 a statement spent 86% of the insert binding); a few hundred cost little and still save round trips.
    private const int ParametersPerStatement = 240;

    /// <param name="withKey">Write the rows' own keys, even where the database would generate them (a fact that takes back its old id).</param>
    public static async Task InsertAsync<T>(TrackerDbContext db, IReadOnlyCollection<T> rows, CancellationToken ct, bool withKey = false) where T : class
    {
        if (rows.Count == 0) { return; }
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var properties = entity.GetProperties().Where(p => withKey || !(p.IsPrimaryKey() && p.ValueGenerated.HasFlag(ValueGenerated.OnAdd))).ToList();
        var sql = db.GetService<ISqlGenerationHelper>();
        var head = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", properties.Select(p => sql.DelimitIdentifier(p.GetColumnName(table)!)))}) VALUES ";

        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        var perStatement = Math.Max(1, ParametersPerStatement / properties.Count);
        DbCommand? full = null;
        try
        {
            foreach (var chunk in rows.Chunk(perStatement))
            {
                // Every full chunk runs the same statement: it is prepared once and only its values change.
                var command = chunk.Length == perStatement ? full ??= Command(connection, transaction, sql, head, properties.Count, perStatement) : Command(connection, transaction, sql, head, properties.Count, chunk.Length);
                for (var i = 0; i < chunk.Length; i++)
                {
                    for (var j = 0; j < properties.Count; j++) { command.Parameters[(i * properties.Count) + j].Value = ToProvider(properties[j], chunk[i]) ?? DBNull.Value; }
                }

                await command.ExecuteNonQueryAsync(ct);
                if (command != full) { await command.DisposeAsync(); }
            }
        }
        finally
        {
            if (full is not null) { await full.DisposeAsync(); }
        }
    }

    /// <summary>An INSERT of <paramref name="rowCount"/> rows, its parameters created, their values unset.</summary>
    private static DbCommand Command(DbConnection connection, DbTransaction? transaction, ISqlGenerationHelper sql, string head, int columns, int rowCount)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        var values = new List<string>(rowCount);
        for (var i = 0; i < rowCount; i++)
        {
            values.Add("(" + string.Join(", ", Enumerable.Range(0, columns).Select(j => Parameter(command, sql, $"p{i}_{j}"))) + ")");
        }

        command.CommandText = head + string.Join(", ", values);
        return command;
    }

    private static object? ToProvider(IProperty property, object row)
    {
        var value = property.GetGetter().GetClrValue(row);
        return property.GetTypeMapping().Converter is { } converter ? converter.ConvertToProvider(value) : value;
    }

    private static string Parameter(DbCommand command, ISqlGenerationHelper sql, string name)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = sql.GenerateParameterName(name);
        command.Parameters.Add(parameter);
        return sql.GenerateParameterNamePlaceholder(name);
    }
}
