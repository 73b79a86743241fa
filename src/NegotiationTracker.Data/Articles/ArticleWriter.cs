using Microsoft.EntityFrameworkCore;
using NegotiationTracker.Data.Import;
using NegotiationTracker.Extraction.Articles;

namespace NegotiationTracker.Data.Articles;

/// <summary>Syncs the Articles table with the seed files, keyed by file name.</summary>
internal static class ArticleWriter
{
    public static async Task<Dictionary<string, Article>> SyncAsync(
        TrackerDbContext db, IReadOnlyList<HashedArticle> seeds, DateTimeOffset now, ChangeTally tally, CancellationToken ct)
    {
        var existing = await db.Articles.ToListAsync(ct);
        EntitySync.Sync(
            db.Articles, existing, seeds,
            a => a.File, s => s.Article.File,
            s => Fill(new Article { File = s.Article.File, Title = "", Sha256 = "", Text = "" }, s, now),
            (a, s) => a.Sha256 != s.Sha256 && Fill(a, s, now) is not null,
            tally, "articles");
        return db.Articles.Local.Where(a => db.Entry(a).State != EntityState.Deleted)
            .ToDictionary(a => a.File, StringComparer.Ordinal);
    }

    private static Article Fill(Article row, HashedArticle seed, DateTimeOffset now)
    {
        var header = ArticleHeader.Parse(seed.Article.Text);
        row.Title = header.Title;
        row.PublishedOn = header.PublishedOn;
        row.Sha256 = seed.Sha256;
        row.Text = seed.Article.Text;
        row.ImportedAt = now;
        return row;
    }
}
