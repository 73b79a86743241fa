using NegotiationTracker.Extraction.Articles;
using NegotiationTracker.Extraction.Claims;
using NegotiationTracker.Extraction.Consolidation;
using NegotiationTracker.Extraction.Lexicon;

namespace NegotiationTracker.Extraction;

/// <summary>
/// The extractor's entry point: articles in, one consolidated knowledge base out. Pure and
/// deterministic: the same articles and lexicon always give the same facts and keys.
/// </summary>
public static class KnowledgeBaseBuilder
{
    /// <param name="cache">Claims of articles read before with the same lexicon; unchanged articles are not read again.</param>
    public static KnowledgeBase Build(IReadOnlyList<SeedArticle> articles, ExtractionLexicon lex, ClaimsCache? cache = null)
    {
        // Articles are read independently, so they are read in parallel; AsOrdered keeps the result deterministic.
        ArticleClaims ReadCached(SeedArticle a, int? year) => cache is null ? Read(a, lex, year) : cache.GetOrRead(a, lex, year, () => Read(a, lex, year));
        var claims = articles.AsParallel().AsOrdered().Select(a => ReadCached(a, null)).ToList();
        claims = [.. claims.AsParallel().AsOrdered().Select((c, i) => YearFromOtherArticles(c, claims, lex) is { } year ? ReadCached(articles[i], year) : c)];
        cache?.KeepOnly(lex, articles);
        return Consolidator.Consolidate(claims, lex);
    }

    /// <summary>A failure on one article names it, so the import can report the file instead of crashing.</summary>
    private static ArticleClaims Read(SeedArticle article, ExtractionLexicon lex, int? year)
    {
        try
        {
            return ArticleReader.Read(article, lex, year);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new ExtractionException(article.File, e);
        }
    }

    /// <summary>
    /// An article with no dateline may write "May 16" with no year. When another article of the same
    /// talks dates a meeting on that day with a year, or was published that day, that year is the article's year too.
    /// </summary>
    private static int? YearFromOtherArticles(ArticleClaims article, IReadOnlyList<ArticleClaims> all, ExtractionLexicon lex)
    {
        if (article.Dateline is not null) { return null; }
        var yearless = article.Rounds.Where(r => r.Date is null && r.Month is not null).ToList();
        // Another report's meeting on that day, or another report of the same talks published that day ("today").
        var days = all.Where(a => a != article)
            .SelectMany(a => a.Rounds.Where(r => r.Date is not null).Select(r => (Day: r.Date!.Value, r.Negotiators))
                .Concat(a.Dateline is { } d ? [(Day: d, a.Negotiators)] : []))
            .ToList();
        return yearless.SelectMany(y => days.Where(d => d.Day.Month == y.Month && d.Day.Day == y.Day
                && d.Negotiators.Order().SequenceEqual(y.Negotiators.Order())))
            .Select(d => (int?)d.Day.Year)
            .FirstOrDefault();
    }
}
