using NegotiationTracker.Data.Import;
using NegotiationTracker.Extraction.Articles;
using NegotiationTracker.Extraction.Lexicon;

namespace NegotiationTracker.Bench;

/// <summary>Reads a seeds directory the way the importer does (same reader, same checks).</summary>
internal static class Seeds
{
    public static string Repository => SeedsLocator.Resolve(null, Directory.GetCurrentDirectory());

    public static async Task<(IReadOnlyList<SeedArticle> Articles, ExtractionLexicon Lexicon)> LoadAsync(string directory)
    {
        var set = await SeedDirectoryReader.ReadAsync(directory, long.MaxValue, CancellationToken.None);
        if (set.Errors.Count > 0) { throw new InvalidOperationException(string.Join("; ", set.Errors.Select(e => $"{e.File}: {e.Message}"))); }
        return ([.. set.Articles.Select(a => a.Article)], LexiconParser.Parse(set.LexiconFiles));
    }
}
