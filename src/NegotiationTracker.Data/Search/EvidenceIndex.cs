using Microsoft.EntityFrameworkCore;

namespace NegotiationTracker.Data.Search;

/// <summary>
/// A full-text index (SQLite FTS5) of every sentence that is evidence for a fact, with the facts it
/// supports. The tokenizer folds case and diacritics (<c>unicode61 remove_diacritics 2</c>), so
/// <c>besiktas</c> finds "Beşiktaş". Letters that are no letter-plus-accent to Unicode (Turkish
/// ı, Polish ł, Danish ø, đ) are folded first, one character for one, into the indexed
/// <c>Folded</c> column, so <c>kadikoy</c> finds "Kadıköy" and offsets in it are offsets in the
/// sentence. The evidence lives in JSON columns, so the index is rebuilt from them in SQL
/// (json_each) at the end of every import that writes, inside its transaction.
/// </summary>
public static class EvidenceIndex
{
    public const string Table = "EvidenceSearch";

    /// <summary>The letters folded before the tokenizer, each to one character (so offsets stay put).</summary>
    public static readonly (char From, char To)[] ExtraFolds = [('ı', 'i'), ('İ', 'I'), ('ł', 'l'), ('Ł', 'L'), ('ø', 'o'), ('Ø', 'O'), ('đ', 'd'), ('Đ', 'D')];

    public const string CreateSql =
        $"CREATE VIRTUAL TABLE IF NOT EXISTS {Table} USING fts5(Sentence UNINDEXED, Folded, ArticleId UNINDEXED, Start UNINDEXED, \"End\" UNINDEXED, "
        + "Facts UNINDEXED, tokenize = 'unicode61 remove_diacritics 2');";

    /// <summary>Index of the searched column, for highlight().</summary>
    public const int FoldedColumn = 1;

    public const string DropSql = $"DROP TABLE IF EXISTS {Table};";

    /// <summary>One row per distinct sentence (article and offsets), its facts as a JSON list of {type, id}.</summary>
    public const string RebuildSql = $"""
        DELETE FROM {Table};
        INSERT INTO {Table} (Sentence, Folded, ArticleId, Start, "End", Facts)
        SELECT Sentence,
               replace(replace(replace(replace(replace(replace(replace(replace(Sentence, 'ı', 'i'), 'İ', 'I'), 'ł', 'l'), 'Ł', 'L'), 'ø', 'o'), 'Ø', 'O'), 'đ', 'd'), 'Đ', 'D'),
               ArticleId, Start, "End", json_group_array(json_object('type', Type, 'id', Id))
        FROM (
            SELECT DISTINCT json_extract(e.value, '$.sentence') AS Sentence, json_extract(e.value, '$.articleId') AS ArticleId, json_extract(e.value, '$.start') AS Start,
                   json_extract(e.value, '$.end') AS "End", f.Type, f.Id
            FROM (
                SELECT 'round' AS Type, Id, Evidence AS List FROM Rounds
                UNION ALL SELECT 'round', r.Id, json_extract(o.value, '$.evidence') FROM Rounds r, json_each(r.Outcomes) o
                UNION ALL SELECT 'delegation', Id, Evidence FROM Delegations
                UNION ALL SELECT 'participant', Id, Evidence FROM Participants
                UNION ALL SELECT 'participant', p.Id, json_extract(t.value, '$.evidence') FROM Participants p, json_each(p.Titles) t
                UNION ALL SELECT 'venue', Id, Evidence FROM Venues
                UNION ALL SELECT 'demand', Id, Evidence FROM Demands
                UNION ALL SELECT 'conflict', c.Id, json_extract(x.value, '$.evidence') FROM Conflicts c, json_each(c.Claims) x
            ) AS f, json_each(f.List) AS e
            ORDER BY f.Type, f.Id
        )
        GROUP BY ArticleId, Start, "End", Sentence;
        """;

    public static Task RebuildAsync(TrackerDbContext db, CancellationToken ct) => db.Database.ExecuteSqlRawAsync(RebuildSql, ct);
}
