using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace NegotiationTracker.Data.History;

/// <summary>
/// Inserts an import's change rows as multi-row INSERT statements on the import's own connection and
/// transaction. A first import records one row per fact (~15,000 for the bench corpus); through the
/// change tracker that was a third of the import's write time, for rows nobody reads back in it.
/// Table and column names come from the EF model and are quoted by the provider, so the same code
/// serves SQLite and PostgreSQL.
/// </summary>
internal static class ChangeRowInserter
{
    // 8 values a row: 200 rows stay far below SQLite's and PostgreSQL's parameter limits.
    private const int RowsPerStatement = 200;

    public static async Task InsertAsync(TrackerDbContext db, IReadOnlyList<ImportChange> changes, CancellationToken ct)
    {
        if (changes.Count == 0) { return; }
        var entity = db.Model.FindEntityType(typeof(ImportChange))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        string Column(string property) => sql.DelimitIdentifier(entity.FindProperty(property)!.GetColumnName(table)!);
        string[] columns = [nameof(ImportChange.ImportId), nameof(ImportChange.Entity), nameof(ImportChange.EntityId), nameof(ImportChange.Kind),
            nameof(ImportChange.Key), nameof(ImportChange.Field), nameof(ImportChange.Before), nameof(ImportChange.After)];
        var head = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", columns.Select(Column))}) VALUES ";

        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        foreach (var chunk in changes.Chunk(RowsPerStatement))
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            var rows = new List<string>(chunk.Length);
            for (var i = 0; i < chunk.Length; i++)
            {
                var c = chunk[i];
                object?[] values = [c.ImportId, c.Entity, c.EntityId, c.Kind, c.Key, c.Field, c.Before, c.After];
                rows.Add("(" + string.Join(", ", values.Select((v, j) => Parameter(command, sql, $"p{i}_{j}", v))) + ")");
            }

            command.CommandText = head + string.Join(", ", rows);
            await command.ExecuteNonQueryAsync(ct);
        }
    }

    private static string Parameter(DbCommand command, ISqlGenerationHelper sql, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = sql.GenerateParameterName(name);
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
        return sql.GenerateParameterNamePlaceholder(name);
    }
}
