using Microsoft.EntityFrameworkCore;
using NegotiationTracker.Data.Search;

namespace NegotiationTracker.Data.Postgres;

/// <summary>
/// The evidence sentences on PostgreSQL: a plain table with each sentence's words folded for case and
/// diacritics by the application (<see cref="SearchWords.FoldFully"/>, the same fold as the query's) in a
/// text[] column with a GIN index. No extension (unaccent, pg_trgm) and no dependence on the server's locale.
/// </summary>
internal static class PostgresEvidenceIndex
{
    public const string CreateSql = """
        CREATE TABLE "EvidenceSearch" ("Sentence" text NOT NULL, "Words" text[] NOT NULL,
            "ArticleId" integer NOT NULL, "Start" integer NOT NULL, "End" integer NOT NULL, "Facts" text NOT NULL);
        CREATE INDEX "IX_EvidenceSearch_Words" ON "EvidenceSearch" USING gin ("Words");
        """;

    public const string DropSql = """DROP TABLE IF EXISTS "EvidenceSearch";""";

    /// <summary>One row per distinct sentence (article and offsets), its facts as a JSON list of {type, id}; as SQLite's rebuild.</summary>
    private const string SentencesSql = """
        WITH facts AS (
            SELECT 'round' AS "Type", "Id", "Evidence"::jsonb AS "List" FROM "Rounds"
            UNION ALL SELECT 'round', r."Id", o->'evidence' FROM "Rounds" r, jsonb_array_elements(r."Outcomes"::jsonb) o
            UNION ALL SELECT 'delegation', "Id", "Evidence"::jsonb FROM "Delegations"
            UNION ALL SELECT 'participant', "Id", "Evidence"::jsonb FROM "Participants"
            UNION ALL SELECT 'participant', p."Id", t->'evidence' FROM "Participants" p, jsonb_array_elements(p."Titles"::jsonb) t
            UNION ALL SELECT 'venue', "Id", "Evidence"::jsonb FROM "Venues"
            UNION ALL SELECT 'demand', "Id", "Evidence"::jsonb FROM "Demands"
            UNION ALL SELECT 'conflict', c."Id", x->'evidence' FROM "Conflicts" c, jsonb_array_elements(c."Claims"::jsonb) x
        ), pairs AS (
            SELECT DISTINCT e->>'sentence' AS s, (e->>'articleId')::int AS a, (e->>'start')::int AS b, (e->>'end')::int AS z, f."Type" AS t, f."Id" AS i
            FROM facts f, jsonb_array_elements(f."List") e
        )
        SELECT s AS "Sentence", a AS "ArticleId", b AS "Start", z AS "End", json_agg(json_build_object('type', t, 'id', i) ORDER BY t, i)::text AS "Facts"
        FROM pairs GROUP BY a, b, z, s
        """;

    /// <summary>Rebuilt whole inside the import's transaction: the sentences are gathered in SQL, their words folded here.</summary>
    public static async Task RebuildAsync(TrackerDbContext db, CancellationToken ct)
    {
        var rows = await db.Database.SqlQueryRaw<Sentence>(SentencesSql).ToListAsync(ct);
        var words = rows.Select(r => string.Join(' ', WordsOf(r.Text))).ToArray();
        string[] texts = [.. rows.Select(r => r.Text)], facts = [.. rows.Select(r => r.Facts)];
        int[] articles = [.. rows.Select(r => r.ArticleId)], starts = [.. rows.Select(r => r.Start)], ends = [.. rows.Select(r => r.End)];
        await db.Database.ExecuteSqlRawAsync("""DELETE FROM "EvidenceSearch";""", ct);
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "EvidenceSearch" ("Sentence", "Words", "ArticleId", "Start", "End", "Facts")
            SELECT s, string_to_array(w, ' '), a, b, z, f FROM unnest({texts}, {words}, {articles}, {starts}, {ends}, {facts}) AS u(s, w, a, b, z, f)
            """, ct);
    }

    /// <summary>The folded words of a text, in order.</summary>
    public static IEnumerable<string> WordsOf(string text) => SearchWords.Pattern().Matches(SearchWords.FoldFully(text)).Select(m => m.Value);

    private sealed class Sentence
    {
        [System.ComponentModel.DataAnnotations.Schema.Column("Sentence")]
        public required string Text { get; init; }
        public int ArticleId { get; init; }
        public int Start { get; init; }
        public int End { get; init; }
        public required string Facts { get; init; }
    }
}
