using System.Text;
using Microsoft.EntityFrameworkCore;
using NegotiationTracker.Data.Search;

namespace NegotiationTracker.Data.Postgres;

/// <summary>
/// The evidence search on PostgreSQL (<see cref="PostgresEvidenceIndex"/>): every folded word in the
/// sentence's words (GIN), a phrase as the words side by side; best first = most occurrences of the
/// words, then the shortest sentence (bm25's leaning, without its weights). Matches are marked here.
/// </summary>
internal sealed class PostgresEvidenceSearch : IEvidenceSearch
{
    /// <summary>Anew each time on PostgreSQL: its rows are plain rows, so only SQLite's FTS5 needed the narrower refresh.</summary>
    public Task RefreshAsync(TrackerDbContext db, ReadModel.ImportTouches touches, CancellationToken ct) => PostgresEvidenceIndex.RebuildAsync(db, ct);

    public async Task<SearchPage> FindAsync(TrackerDbContext db, SearchTerms terms, int skip, int take, CancellationToken ct)
    {
        var words = terms.Words.SelectMany(PostgresEvidenceIndex.WordsOf).ToArray();
        var phrase = terms.Phrase ? $"% {string.Join(' ', words)} %" : "%";
        var rows = await db.Database.SqlQuery<SearchRow>($"""
            SELECT s."Sentence", s."Sentence" AS "Marked", s."ArticleId", s."Start", s."End", s."Facts", a."File", a."Title"
            FROM "EvidenceSearch" s JOIN "Articles" a ON a."Id" = s."ArticleId"
            WHERE s."Words" @> {words} AND ' ' || array_to_string(s."Words", ' ') || ' ' LIKE {phrase}
            ORDER BY (SELECT count(*) FROM unnest(s."Words") w WHERE w = ANY({words})) DESC, cardinality(s."Words"), s."ArticleId", s."Start"
            LIMIT {take} OFFSET {skip}
            """).ToListAsync(ct);
        var total = await db.Database.SqlQuery<int>($"""
            SELECT count(*)::int AS "Value" FROM "EvidenceSearch" s
            WHERE s."Words" @> {words} AND ' ' || array_to_string(s."Words", ' ') || ' ' LIKE {phrase}
            """).SingleAsync(ct);
        return new SearchPage([.. rows.Select(r => r with { Marked = Mark(r.Sentence, words, terms.Phrase) })], total);
    }

    /// <summary>The folded sentence with each match (a word, or the whole phrase) between <see cref="SearchRow.Open"/> and <see cref="SearchRow.Close"/>.</summary>
    private static string Mark(string sentence, string[] words, bool phrase)
    {
        var folded = SearchWords.FoldFully(sentence);
        var tokens = SearchWords.Pattern().Matches(folded);
        var marked = new StringBuilder();
        var at = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var length = phrase ? (StartsPhrase(tokens, i, words) ? words.Length : 0) : (words.Contains(tokens[i].Value) ? 1 : 0);
            if (length == 0) { continue; }
            var end = tokens[i + length - 1].Index + tokens[i + length - 1].Length;
            marked.Append(folded, at, tokens[i].Index - at).Append(SearchRow.Open).Append(folded, tokens[i].Index, end - tokens[i].Index).Append(SearchRow.Close);
            at = end;
            i += length - 1;
        }

        return marked.Append(folded, at, folded.Length - at).ToString();
    }

    private static bool StartsPhrase(System.Text.RegularExpressions.MatchCollection tokens, int i, string[] words) =>
        i + words.Length <= tokens.Count && words.Select((w, k) => tokens[i + k].Value == w).All(x => x);
}
