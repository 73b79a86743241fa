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
    /// <summary>Up to this many cards of a party are read from its keys and sorted; more are found walking the sort index.</summary>
    private const int FewCards = 64;

    private const string CountKeys = "SELECT COUNT(*) FROM \"CardKeys\" k WHERE k.\"Kind\" = @p0 AND k.\"Key\" = @p1";

    public static Task<Paged<TItem>> PageAsync<TItem>(this CardQuery query, string orderBy, PageQuery page, ReaderSessions sessions, TrackerDbContext db, CancellationToken ct) =>
        sessions.ReadAsync(db, async session =>
        {
            var column = AnswerColumns.Of(page.Mode, detail: false);
            var n = query.Values.Count;
            var from = $"\"{query.Table}\" c CROSS JOIN \"CardAnswers\" a";
            var filters = query.WhereClause.Length == 0 ? " WHERE " : query.WhereClause + " AND ";
            List<object> values = [.. query.Values, (int)query.Kind, page.Size, page.Skip];
            if (query.PartyKey is { } key)
            {
                // Walking the sort index for a party few cards name read every card to find none: count its keys
                // first (an index range), answer an unknown party at once, and start a rare one's page from its keys.
                var matches = Convert.ToInt32(await session.ScalarAsync(CountKeys, [(int)query.Kind, key], ct), System.Globalization.CultureInfo.InvariantCulture);
                if (matches == 0) { return new Paged<TItem>(new RawJsonList<TItem>([]), page.PageNumber, page.Size, 0); }
                if (matches <= FewCards)
                {
                    from = $"\"CardKeys\" k CROSS JOIN {from}";
                    filters += $"k.\"Kind\" = @p{n + 3} AND k.\"Key\" = @p{n + 4} AND c.\"Id\" = k.\"CardId\" AND ";
                    values.AddRange([(int)query.Kind, key]);
                }
            }

            // CROSS JOIN makes SQLite walk the cards first, in the sort index's order, and stop at the page's end; as
            // an inner join it started from all the kind's answers and sorted them. PostgreSQL plans both alike.
            var items = await session.BlobsAsync(
                $"SELECT {column} FROM {from}{filters}a.\"Kind\" = @p{n} AND a.\"Id\" = c.\"Id\" ORDER BY {orderBy} LIMIT @p{n + 1} OFFSET @p{n + 2}",
                values, ct);
            // A short page ends the list, so it tells the total; an empty one past the first does not.
            var ended = items.Count < page.Size && (items.Count > 0 || page.Skip == 0);
            var total = ended
                ? page.Skip + items.Count
                : Convert.ToInt32(await session.ScalarAsync($"SELECT COUNT(*) FROM \"{query.Table}\" c{query.WhereClause}", query.Values, ct), System.Globalization.CultureInfo.InvariantCulture);
            return new Paged<TItem>(new RawJsonList<TItem>(items), page.PageNumber, page.Size, total);
        }, ct);
}
