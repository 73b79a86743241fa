using System.Data.Common;

namespace NegotiationTracker.Api.ReadModel;

/// <summary>
/// One open connection with the statements it has prepared, used by one request at a time. Microsoft.Data.Sqlite
/// prepares a statement per command object and finalizes it when the command or connection closes, so a list
/// that opened a connection and built a command per request compiled its SQL every time; here each distinct
/// text is compiled once per connection and only its values change.
/// </summary>
internal sealed class ReaderSession(DbConnection connection) : IDisposable
{
    /// <summary>Filter and sort combinations are finite but a client can ask for many: past this, texts run unprepared.</summary>
    private const int MaxPrepared = 256;

    private readonly Dictionary<string, DbCommand> _prepared = new(StringComparer.Ordinal);

    /// <summary>The first column of every row <paramref name="sql"/> gives, as bytes (stored answers).</summary>
    public async Task<List<byte[]>> BlobsAsync(string sql, IReadOnlyList<object> values, CancellationToken ct)
    {
        var command = Command(sql, values, out var owned);
        try
        {
            var blobs = new List<byte[]>();
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct)) { blobs.Add(reader.GetFieldValue<byte[]>(0)); }
            return blobs;
        }
        finally
        {
            if (owned) { await command.DisposeAsync(); }
        }
    }

    /// <summary>The first column of the first row <paramref name="sql"/> gives, or null.</summary>
    public async Task<object?> ScalarAsync(string sql, IReadOnlyList<object> values, CancellationToken ct)
    {
        var command = Command(sql, values, out var owned);
        try
        {
            return await command.ExecuteScalarAsync(ct) is var value and not DBNull ? value : null;
        }
        finally
        {
            if (owned) { await command.DisposeAsync(); }
        }
    }

    /// <summary>The command for <paramref name="sql"/> with its <c>@p0…</c> parameters set to <paramref name="values"/>.</summary>
    /// <remarks>Dispose the command only when <paramref name="owned"/> says it was not kept for the next request.</remarks>
    private DbCommand Command(string sql, IReadOnlyList<object> values, out bool owned)
    {
        if (_prepared.TryGetValue(sql, out var command))
        {
            for (var i = 0; i < values.Count; i++) { command.Parameters[i].Value = values[i]; }
            owned = false;
            return command;
        }

        command = connection.CreateCommand();
        command.CommandText = sql;
        for (var i = 0; i < values.Count; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@p" + i;
            parameter.Value = values[i];
            command.Parameters.Add(parameter);
        }

        owned = _prepared.Count >= MaxPrepared;
        if (!owned)
        {
            command.Prepare();
            _prepared.Add(sql, command);
        }

        return command;
    }

    public void Dispose()
    {
        foreach (var command in _prepared.Values) { command.Dispose(); }
        _prepared.Clear();
        connection.Dispose();
    }
}
