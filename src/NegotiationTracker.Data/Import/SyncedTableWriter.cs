using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NegotiationTracker.Data.Common;
using NegotiationTracker.Data.History;

namespace NegotiationTracker.Data.Import;

/// <summary>The one way imported tables are written: rows matched on natural keys, rewritten only when their content hash moved.</summary>
internal sealed class SyncedTableWriter(TrackerDbContext db, ChangeTally tally, ImportJournal journal, DateTimeOffset now)
{
    private readonly Stack<Func<Task<int>>> _deletions = new();

    /// <summary>
    /// Matches rows on their natural key, reading only key, id and content hash (never the heavy
    /// JSON columns): an unchanged row is not touched, a changed one is rewritten under its id, a
    /// vanished one leaves a tombstone (whose id a fact with its key takes back) and is deleted by
    /// <see cref="DeleteVanishedAsync"/>. The journal notes each change.
    /// </summary>
    /// <param name="hashKey">What the row's content depends on beyond the record itself (ids of rows it points at).</param>
    /// <param name="beforeUpdate">Clears what a rewritten row owns (a delegation's members) before it is written anew.</param>
    /// <param name="afterInsert">Writes what new rows own, once they have their ids.</param>
    public async Task SyncAsync<TRow, TWanted>(DbSet<TRow> table, IEnumerable<TWanted> wanted, Func<TWanted, string> hashKey,
        string name, Action<TRow, TWanted> fill, Func<TWanted, TRow> create, Func<TWanted, string> key, CancellationToken ct,
        Func<List<int>, Task<int>>? beforeUpdate = null, Func<IReadOnlyList<TRow>, Task>? afterInsert = null)
        where TRow : SyncedEntity
    {
        var existing = await table.AsNoTracking().Select(r => new { r.Key, r.Id, r.ContentHash }).ToDictionaryAsync(r => r.Key, StringComparer.Ordinal, ct);
        var tombstones = await journal.TombstonesAsync(name, ct);
        var updated = new List<TRow>();
        var added = new List<TRow>();
        foreach (var item in wanted)
        {
            var hash = Hash(item, hashKey);
            if (existing.Remove(key(item), out var old) && old.ContentHash == hash)
            {
                tally.Unchanged(name);
                continue;
            }

            var row = create(item);
            fill(row, item);
            row.ContentHash = hash;
            if (old is null) { journal.Added(name, row, tombstones); added.Add(row); tally.Added(name); }
            else { row.Id = old.Id; updated.Add(row); tally.Updated(name); }
        }

        await AddedRows.InsertAsync(db, table, added, journal.ImportId, ct);
        if (afterInsert is not null && added.Count > 0) { await afterInsert(added); }
        if (updated.Count > 0) { await journal.ChangedAsync(table, name, updated, ct); }
        if (updated.Count > 0 && beforeUpdate is not null) { await beforeUpdate([.. updated.Select(r => r.Id)]); }
        table.UpdateRange(updated);
        var gone = existing.Values.Select(r => r.Id).ToList();
        if (gone.Count > 0)
        {
            await journal.RemovedAsync(table, name, gone, now, ct);
            _deletions.Push(() => table.Where(r => gone.Contains(r.Id)).ExecuteDeleteAsync(ct));
        }

        foreach (var _ in gone) { tally.Removed(name); }
    }

    /// <summary>
    /// Deletes the vanished rows, last table first, once every table is written: until then rows that
    /// pointed at them still do, so the history sees what they pointed at before (venue 4 → 9, not null → 9).
    /// </summary>
    public async Task DeleteVanishedAsync()
    {
        while (_deletions.TryPop(out var delete)) { await delete(); }
    }

    /// <summary>SHA-256 of the record's JSON, a line break and the hash key, as UTF-8 (the bytes every stored hash was made of).</summary>
    private static string Hash<TWanted>(TWanted wanted, Func<TWanted, string> hashKey)
    {
        // Serialized straight to UTF-8 into a pooled buffer: every fact of every import is hashed, and the string
        // round trip (JSON text, concatenation, bytes) was a third of what the import's writer allocated.
        var json = JsonSerializer.SerializeToUtf8Bytes(wanted);
        var key = hashKey(wanted);
        var buffer = ArrayPool<byte>.Shared.Rent(json.Length + 1 + Encoding.UTF8.GetMaxByteCount(key.Length));
        json.CopyTo(buffer, 0);
        buffer[json.Length] = (byte)'\n';
        var length = json.Length + 1 + Encoding.UTF8.GetBytes(key, 0, key.Length, buffer, json.Length + 1);
        Span<byte> digest = stackalloc byte[32];
        SHA256.HashData(buffer.AsSpan(0, length), digest);
        ArrayPool<byte>.Shared.Return(buffer);
        return Convert.ToHexStringLower(digest);
    }
}
