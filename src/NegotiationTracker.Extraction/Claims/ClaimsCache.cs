using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using NegotiationTracker.Extraction.Articles;
using NegotiationTracker.Extraction.Lexicon;

namespace NegotiationTracker.Extraction.Claims;

/// <summary>
/// Claims of articles already read with this very lexicon, so a re-import reads only the articles
/// that changed. Entries live as long as their lexicon (a new lexicon reads everything again), and
/// entries of articles no longer in the seeds are dropped after each build.
/// </summary>
public sealed class ClaimsCache
{
    private readonly ConditionalWeakTable<ExtractionLexicon, ConcurrentDictionary<(string File, string Text, int? Year), ArticleClaims>> _byLexicon = new();

    internal ArticleClaims GetOrRead(SeedArticle article, ExtractionLexicon lex, int? year, Func<ArticleClaims> read) =>
        _byLexicon.GetOrCreateValue(lex).GetOrAdd((article.File, article.Text, year), _ => read());

    internal void KeepOnly(ExtractionLexicon lex, IReadOnlyList<SeedArticle> articles)
    {
        var current = articles.Select(a => (a.File, a.Text)).ToHashSet();
        var entries = _byLexicon.GetOrCreateValue(lex);
        foreach (var key in entries.Keys.Where(k => !current.Contains((k.File, k.Text)))) { entries.TryRemove(key, out _); }
    }
}
