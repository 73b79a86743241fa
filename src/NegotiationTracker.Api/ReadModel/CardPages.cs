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
    public static Task<Paged<TItem>> PageAsync<TItem>(this CardQuery query, string orderBy, PageQuery page, ReaderSessions sessions, TrackerDbContext db, CancellationToken ct) =>
        sessions.ReadAsync(db, async session =>
        {
            var column = AnswerColumns.Of(page.Mode, detail: false);
            var n = query.Values.Count;
            // CROSS JOIN makes SQLite walk the cards first, in the sort index's order, and stop at the page's end; as
            // an inner join it started from all the kind's answers and sorted them. PostgreSQL plans both alike.
            var filters = query.WhereClause.Length == 0 ? " WHERE " : query.WhereClause + " AND ";
            var items = await session.BlobsAsync(
                $"SELECT {column} FROM \"{query.Table}\" c CROSS JOIN \"CardAnswers\" a{filters}a.\"Kind\" = @p{n} AND a.\"Id\" = c.\"Id\" "
                + $"ORDER BY {orderBy} LIMIT @p{n + 1} OFFSET @p{n + 2}",
                [.. query.Values, (int)query.Kind, page.Size, page.Skip], ct);
            // A short page ends the list, so it tells the total; an empty one past the first does not.
            var ended = items.Count < page.Size && (items.Count > 0 || page.Skip == 0);
            var total = ended
                ? page.Skip + items.Count
                : Convert.ToInt32(await session.ScalarAsync($"SELECT COUNT(*) FROM \"{query.Table}\" c{query.WhereClause}", query.Values, ct), System.Globalization.CultureInfo.InvariantCulture);
            return new Paged<TItem>(new RawJsonList<TItem>(items), page.PageNumber, page.Size, total);
        }, ct);
}
