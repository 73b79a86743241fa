using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using NegotiationTracker.Data.Import;

namespace NegotiationTracker.Data.History;

/// <summary>
/// The seed files an import sees added, changed or removed, with their SHA-256 before and after:
/// articles against the Articles table, lexicon files against the hashes kept for them (updated here).
/// </summary>
internal static class SeedFileChanges
{
    public static async Task<List<SeedFileChange>> SyncAsync(TrackerDbContext db, Dictionary<string, string> storedArticles, SeedSet seeds, CancellationToken ct)
    {
        var lexiconBefore = await db.LexiconFileHashes.AsNoTracking().ToDictionaryAsync(h => h.File, h => h.Sha256, StringComparer.Ordinal, ct);
        var lexiconNow = seeds.LexiconFiles.ToDictionary(f => f.Key, f => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(f.Value))), StringComparer.Ordinal);
        var lexicon = Diff(lexiconBefore, lexiconNow);
        if (lexicon.Count > 0)
        {
            await db.LexiconFileHashes.ExecuteDeleteAsync(ct);
            db.LexiconFileHashes.AddRange(lexiconNow.Select(f => new LexiconFileHash { File = f.Key, Sha256 = f.Value }));
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }

        var articles = Diff(storedArticles, seeds.Articles.ToDictionary(a => a.Article.File, a => a.Sha256, StringComparer.Ordinal));
        return [.. articles.Concat(lexicon).OrderBy(f => f.File, StringComparer.Ordinal)];
    }

    private static List<SeedFileChange> Diff(Dictionary<string, string> before, Dictionary<string, string> after) =>
    [
        .. after.Where(f => before.GetValueOrDefault(f.Key) != f.Value)
            .Select(f => new SeedFileChange(f.Key, before.ContainsKey(f.Key) ? "changed" : "added", before.GetValueOrDefault(f.Key), f.Value)),
        .. before.Where(f => !after.ContainsKey(f.Key)).Select(f => new SeedFileChange(f.Key, "removed", f.Value, null)),
    ];
}
