using NegotiationTracker.Extraction.Articles;

namespace NegotiationTracker.Data.Import;

/// <summary>Everything read from the seeds directory in one pass: articles, lexicon files and refusals.</summary>
/// <param name="Articles">The good articles, with the SHA-256 of their bytes.</param>
/// <param name="LexiconFiles">Lexicon file name (relative to the seeds directory) to its text.</param>
/// <param name="Errors">Every file that could not be used, each named with its problem.</param>
public sealed record SeedSet(
    IReadOnlyList<HashedArticle> Articles,
    IReadOnlyDictionary<string, string> LexiconFiles,
    IReadOnlyList<ImportError> Errors);

/// <summary>An article with the hash of its bytes, so unchanged files can be recognised cheaply.</summary>
public sealed record HashedArticle(SeedArticle Article, string Sha256);
