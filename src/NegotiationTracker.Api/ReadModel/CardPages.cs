using System.Data.Common;
using NegotiationTracker.Api.Common;
using NegotiationTracker.Data;

namespace NegotiationTracker.Api.ReadModel;

/// <summary>
/// Reads a page of stored list items for a <see cref="CardQuery"/>: the page's answers in one indexed statement
/// (cards filtered, sorted and paged, joined to their answers), and the total in a second one only when the page
/// cannot tell it (a full page, or an empty one past the first).
/// </summary>
internal static class CardPages
{
    public static async Task<Paged<TItem>> PageAsync<TItem>(this CardQuery query, string orderBy, PageQuery page, ReaderSessions sessions, TrackerDbContext db, CancellationToken ct)
    {
        var session = await sessions.RentAsync(db, ct);
        try
        {
            var column = page.Mode switch { EvidenceMode.None => "None", EvidenceMode.Count => "Count", _ => "Full" };
            List<object> values = [.. query.Values, (int)query.Kind, page.Size, page.Skip];
            var n = query.Values.Count;
            // CROSS JOIN makes SQLite walk the cards first, in the sort index's order, and stop at the page's end; as
            // an inner join it started from all the kind's answers and sorted them. PostgreSQL plans both alike.
            var filters = query.WhereClause.Length == 0 ? " WHERE " : query.WhereClause + " AND ";
            var items = await ReadAnswersAsync(session, values,
                $"SELECT a.\"{column}\" FROM \"{query.Table}\" c CROSS JOIN \"CardAnswers\" a{filters}a.\"Kind\" = @p{n} AND a.\"Id\" = c.\"Id\" "
                + $"ORDER BY {orderBy} LIMIT @p{n + 1} OFFSET @p{n + 2}", ct);
            // A short page ends the list, so it tells the total; an empty one past the first does not.
            var ended = items.Count < page.Size && (items.Count > 0 || page.Skip == 0);
            var total = ended ? page.Skip + items.Count : await CountAsync(session, query, ct);
            sessions.Return(session);
            return new Paged<TItem>(new RawJsonList<TItem>(items), page.PageNumber, page.Size, total);
        }
        catch
        {
            session.Dispose();
            throw;
        }
    }

    private static async Task<List<byte[]>> ReadAnswersAsync(ReaderSession session, List<object> values, string sql, CancellationToken ct)
    {
        var command = session.Command(sql, values, out var owned);
        try
        {
            var items = new List<byte[]>();
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct)) { items.Add(reader.GetFieldValue<byte[]>(0)); }
            return items;
        }
        finally
        {
            if (owned) { await command.DisposeAsync(); }
        }
    }

    private static async Task<int> CountAsync(ReaderSession session, CardQuery query, CancellationToken ct)
    {
        var command = session.Command($"SELECT COUNT(*) FROM \"{query.Table}\" c{query.WhereClause}", query.Values, out var owned);
        try
        {
            return Convert.ToInt32(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
        }
        finally
        {
            if (owned) { await command.DisposeAsync(); }
        }
    }
}
