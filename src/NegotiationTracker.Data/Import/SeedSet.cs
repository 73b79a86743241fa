using System.Security.Cryptography;
using System.Text;
using NegotiationTracker.Extraction.Articles;

namespace NegotiationTracker.Data.Import;

/// <summary>Everything read from the seeds directory in one pass: articles, lexicon files and refusals.</summary>
/// <param name="Articles">The good articles, with the SHA-256 of their bytes.</param>
/// <param name="LexiconFiles">Lexicon file name (relative to the seeds directory) to its text.</param>
/// <param name="Errors">Every file that could not be used, each named with its problem.</param>
public sealed record SeedSet(
    IReadOnlyList<HashedArticle> Articles,
    IReadOnlyDictionary<string, string> LexiconFiles,
    IReadOnlyList<ImportError> Errors)
{
    /// <summary>One hash over every article's hash and the lexicon: equal to the last import's means nothing to do.</summary>
    public string Hash()
    {
        var all = new StringBuilder();
        foreach (var a in Articles.OrderBy(a => a.Article.File, StringComparer.Ordinal)) { all.Append(a.Article.File).Append('=').Append(a.Sha256).Append('\n'); }
        all.Append("lexicon=").Append(LexiconCache.Hash(LexiconFiles)).Append('\n');
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(all.ToString())));
    }
}

/// <summary>An article with the hash of its bytes, so unchanged files can be recognised cheaply.</summary>
public sealed record HashedArticle(SeedArticle Article, string Sha256);
