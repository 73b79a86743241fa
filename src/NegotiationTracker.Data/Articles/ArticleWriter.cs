using Microsoft.EntityFrameworkCore;
using NegotiationTracker.Data.Import;
using NegotiationTracker.Extraction.Articles;
using NegotiationTracker.Extraction.Lexicon;

namespace NegotiationTracker.Data.Articles;

/// <summary>
/// Syncs the Articles table with the seed files, keyed by file name: an article keeps its id while
/// its file exists, and is rewritten only when its SHA-256 changed or an edited page lexicon reads another headline.
/// </summary>
internal static class ArticleWriter
{
    /// <returns>Every current article's id by file name, for the evidence of the facts read from it.</returns>
    public static async Task<Dictionary<string, int>> SyncAsync(
        TrackerDbContext db, IReadOnlyList<HashedArticle> seeds, PageLexicon page, DateTimeOffset now, ChangeTally tally, CancellationToken ct)
    {
        var existing = await db.Articles.AsNoTracking().Select(a => new { a.File, a.Id, a.Sha256, a.Title }).ToDictionaryAsync(a => a.File, StringComparer.Ordinal, ct);
        foreach (var seed in seeds)
        {
            if (existing.Remove(seed.Article.File, out var old) && old.Sha256 == seed.Sha256 && old.Title == ArticleHeader.Headline(seed.Article.Text, page))
            {
                tally.Unchanged("articles");
                continue;
            }

            var row = Fill(new Article { File = seed.Article.File, Title = "", Sha256 = "", Text = "" }, seed, page, now);
            if (old is null) { db.Articles.Add(row); tally.Added("articles"); }
            else { row.Id = old.Id; db.Articles.Update(row); tally.Updated("articles"); }
        }

        var gone = existing.Values.Select(a => a.Id).ToList();
        if (gone.Count > 0) { await db.Articles.Where(a => gone.Contains(a.Id)).ExecuteDeleteAsync(ct); }
        foreach (var _ in gone) { tally.Removed("articles"); }

        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return await db.Articles.AsNoTracking().ToDictionaryAsync(a => a.File, a => a.Id, StringComparer.Ordinal, ct);
    }

    private static Article Fill(Article row, HashedArticle seed, PageLexicon page, DateTimeOffset now)
    {
        var header = ArticleHeader.Parse(seed.Article.Text, page);
        row.Title = header.Title;
        row.PublishedOn = header.PublishedOn;
        row.Sha256 = seed.Sha256;
        row.Text = seed.Article.Text;
        row.ImportedAt = now;
        return row;
    }
}
