using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NegotiationTracker.Data.History;
using NegotiationTracker.Data.Import;
using NegotiationTracker.Extraction.Articles;
using NegotiationTracker.Extraction.Lexicon;

namespace NegotiationTracker.Data.Articles;

/// <summary>
/// Syncs the Articles table with the seed files, keyed by file name: an article keeps its id while
/// its file exists (and gets it back when the file returns), and is rewritten only when its SHA-256
/// changed or an edited page lexicon reads another headline.
/// </summary>
internal static class ArticleWriter
{
    /// <returns>Every current article's id by file name, for the evidence of the facts read from it.</returns>
    public static async Task<Dictionary<string, int>> SyncAsync(
        TrackerDbContext db, IReadOnlyList<HashedArticle> seeds, PageLexicon page, DateTimeOffset now, ChangeTally tally, ImportJournal journal, CancellationToken ct)
    {
        const string entity = "articles";
        var existing = await db.Articles.AsNoTracking().Select(a => new { a.File, a.Id, a.Sha256, a.Title }).ToDictionaryAsync(a => a.File, StringComparer.Ordinal, ct);
        var tombstones = await journal.TombstonesAsync(entity, ct);
        var added = new List<string>();
        foreach (var seed in seeds)
        {
            if (existing.Remove(seed.Article.File, out var old) && old.Sha256 == seed.Sha256 && old.Title == ArticleHeader.Headline(seed.Article.Text, page))
            {
                tally.Unchanged("articles");
                continue;
            }

            var row = Fill(new Article { File = seed.Article.File, Title = "", Sha256 = "", Text = "" }, seed, page, now);
            if (old is null)
            {
                if (tombstones.TryGetValue(row.File, out var tombstone)) { row.Id = tombstone.EntityId; journal.Restored(tombstone.Id); }
                db.Articles.Add(row);
                added.Add(row.File);
                tally.Added(entity);
            }
            else
            {
                row.Id = old.Id;
                db.Articles.Update(row);
                tally.Updated(entity);
                // The text is the seed file's; the history keeps only its hash, and the headline when the page lexicon reads another.
                if (old.Sha256 != row.Sha256) { journal.Note(entity, old.Id, ImportChange.Changed, null, "sha256", JsonSerializer.Serialize(old.Sha256), JsonSerializer.Serialize(row.Sha256)); }
                if (old.Title != row.Title) { journal.Note(entity, old.Id, ImportChange.Changed, null, "title", JsonSerializer.Serialize(old.Title), JsonSerializer.Serialize(row.Title)); }
            }
        }

        var gone = existing.Values.Select(a => a.Id).ToList();
        foreach (var a in existing.Values) { journal.Gone(entity, a.File, a.Id, null, JsonSerializer.Serialize(new { file = a.File, sha256 = a.Sha256 }), now); }
        if (gone.Count > 0) { await db.Articles.Where(a => gone.Contains(a.Id)).ExecuteDeleteAsync(ct); }
        foreach (var _ in gone) { tally.Removed(entity); }

        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        var ids = await db.Articles.AsNoTracking().ToDictionaryAsync(a => a.File, a => a.Id, StringComparer.Ordinal, ct);
        foreach (var file in added) { journal.Note(entity, ids[file], tombstones.ContainsKey(file) ? ImportChange.Restored : ImportChange.Added, file); }
        return ids;
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
