using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace NegotiationTracker.Data.Search;

/// <summary>
/// A full-text index (SQLite FTS5) of every sentence that is evidence for a fact, with the facts it
/// supports. The tokenizer folds case and diacritics (<c>unicode61 remove_diacritics 2</c>), so
/// <c>besiktas</c> finds "Beşiktaş". Letters that are no letter-plus-accent to Unicode (Turkish
/// ı, Polish ł, Danish ø, đ) are folded first, one character for one, into the indexed
/// <c>Folded</c> column, so <c>kadikoy</c> finds "Kadıköy" and offsets in it are offsets in the
/// sentence. The evidence lives in JSON columns, so the index is built from them in SQL (json_each)
/// at the end of every import that writes, inside its transaction: anew for the articles it touched.
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

    /// <summary>Every fact's evidence list, as (Type, Id, List): the lists live in JSON columns.</summary>
    private const string FactLists = """
        SELECT 'round' AS Type, Id, Evidence AS List FROM Rounds
        UNION ALL SELECT 'round', r.Id, json_extract(o.value, '$.evidence') FROM Rounds r, json_each(r.Outcomes) o
        UNION ALL SELECT 'delegation', Id, Evidence FROM Delegations
        UNION ALL SELECT 'participant', Id, Evidence FROM Participants
        UNION ALL SELECT 'participant', p.Id, json_extract(t.value, '$.evidence') FROM Participants p, json_each(p.Titles) t
        UNION ALL SELECT 'venue', Id, Evidence FROM Venues
        UNION ALL SELECT 'demand', Id, Evidence FROM Demands
        UNION ALL SELECT 'conflict', c.Id, json_extract(x.value, '$.evidence') FROM Conflicts c, json_each(c.Claims) x
        """;

    /// <summary>One row per distinct sentence (article and offsets), its facts as a JSON list of {type, id}; {0} narrows the sentences.</summary>
    private const string InsertRows = $$"""
        INSERT INTO {{Table}} (Sentence, Folded, ArticleId, Start, "End", Facts)
        SELECT Sentence,
               replace(replace(replace(replace(replace(replace(replace(replace(Sentence, 'ı', 'i'), 'İ', 'I'), 'ł', 'l'), 'Ł', 'L'), 'ø', 'o'), 'Ø', 'O'), 'đ', 'd'), 'Đ', 'D'),
               ArticleId, Start, "End", json_group_array(json_object('type', Type, 'id', Id))
        FROM (
            SELECT DISTINCT json_extract(e.value, '$.sentence') AS Sentence, json_extract(e.value, '$.articleId') AS ArticleId, json_extract(e.value, '$.start') AS Start,
                   json_extract(e.value, '$.end') AS "End", f.Type, f.Id
            FROM ({{FactLists}}) AS f, json_each(f.List) AS e
            {0}
            ORDER BY f.Type, f.Id
        )
        GROUP BY ArticleId, Start, "End", Sentence;
        """;

    /// <summary>The whole index anew (the migration that creates it).</summary>
    public static readonly string RebuildSql = $"DELETE FROM {Table};\n" + InsertRows.Replace("{0}", string.Empty, StringComparison.Ordinal);

    /// <summary>
    /// The rows of the articles an import's written facts cite, before or after it, made anew; the rest stay. A
    /// sentence's row lists every fact it supports, so all sentences of such an article are rebuilt, not only the
    /// touched facts' own. {0}: the touched facts as a JSON list of [type, id]; {1}: the written articles' ids.
    /// </summary>
    private static readonly string RefreshSql = $$"""
        CREATE TEMP TABLE IF NOT EXISTS EvidenceTouched (Type TEXT NOT NULL, Id INTEGER NOT NULL, PRIMARY KEY (Type, Id)) WITHOUT ROWID;
        CREATE TEMP TABLE IF NOT EXISTS EvidenceArticles (Id INTEGER PRIMARY KEY);
        DELETE FROM temp.EvidenceTouched;
        DELETE FROM temp.EvidenceArticles;
        INSERT OR IGNORE INTO temp.EvidenceTouched SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]') FROM json_each({0});
        INSERT OR IGNORE INTO temp.EvidenceArticles SELECT value FROM json_each({1});
        INSERT OR IGNORE INTO temp.EvidenceArticles
            SELECT s.ArticleId FROM {{Table}} s, json_each(s.Facts) f
            WHERE (json_extract(f.value, '$.type'), json_extract(f.value, '$.id')) IN (SELECT Type, Id FROM temp.EvidenceTouched);
        INSERT OR IGNORE INTO temp.EvidenceArticles
            SELECT json_extract(e.value, '$.articleId') FROM ({{FactLists}}) AS f, json_each(f.List) AS e
            WHERE (f.Type, f.Id) IN (SELECT Type, Id FROM temp.EvidenceTouched);
        DELETE FROM {{Table}} WHERE ArticleId IN (SELECT Id FROM temp.EvidenceArticles);
        """ + InsertRows.Replace("{0}", "WHERE json_extract(e.value, '$.articleId') IN (SELECT Id FROM temp.EvidenceArticles)", StringComparison.Ordinal);

    /// <summary>The history's names of the facts the index lists, with the index's.</summary>
    private static readonly (string Entity, string Type)[] Facts =
        [("rounds", "round"), ("delegations", "delegation"), ("participants", "participant"), ("venues", "venue"), ("demands", "demand"), ("conflicts", "conflict")];

    /// <summary>
    /// Brings the index up to date with what one import wrote (<paramref name="touches"/>), inside its transaction:
    /// the touched articles' rows, or all anew when the import wrote half of the facts or more (the first
    /// import, a lexicon change), where finding what to keep costs more than it saves.
    /// </summary>
    public static async Task RefreshAsync(TrackerDbContext db, ReadModel.ImportTouches touches, CancellationToken ct)
    {
        var touched = Facts.SelectMany(f => touches.Touched(f.Entity).Select(id => new object[] { f.Type, id })).ToList();
        var facts = await db.Rounds.CountAsync(ct) + await db.Delegations.CountAsync(ct) + await db.Participants.CountAsync(ct)
            + await db.Venues.CountAsync(ct) + await db.Demands.CountAsync(ct) + await db.Conflicts.CountAsync(ct);
        if (touched.Count * 2 >= facts)
        {
            await db.Database.ExecuteSqlRawAsync(RebuildSql, ct);
            return;
        }

        await db.Database.ExecuteSqlRawAsync(RefreshSql, [JsonSerializer.Serialize(touched), JsonSerializer.Serialize(touches.Touched("articles"))], ct);
    }

}
