using System.Text.RegularExpressions;
using NegotiationTracker.Extraction;
using NegotiationTracker.Extraction.Lexicon;

namespace NegotiationTracker.Data.Import;

/// <summary>
/// Turns a failure of the extractor into the file to blame. Articles are read in parallel, so the
/// failure may come wrapped in an <see cref="AggregateException"/>. A lexicon pattern that ran out of
/// time is the lexicon's fault, not the article's: the error names the lexicon file and entry.
/// </summary>
internal static class ExtractionErrors
{
    public static ImportError? From(Exception exception, ExtractionLexicon lexicon)
    {
        var all = (exception is AggregateException aggregate ? aggregate.Flatten().InnerExceptions : [exception]).SelectMany(Chain).ToList();
        var article = all.OfType<ExtractionException>().FirstOrDefault();
        if (all.OfType<RegexMatchTimeoutException>().FirstOrDefault() is { } timeout)
        {
            var source = lexicon.PatternSources.GetValueOrDefault(timeout.Pattern) ?? new LexiconEntry("lexicon", "a pattern");
            return new ImportError(source.File, $"Entry {source.Entry} ('{timeout.Pattern}') gave up after {timeout.MatchTimeout.TotalMilliseconds:F0} ms "
                + $"on a sentence{(article is null ? "" : $" of {article.File}")}: it backtracks too much (a repetition inside a repetition, like (\\w+\\s?)+); rewrite it.");
        }

        return article is null ? null : new ImportError(article.File, article.Message);
    }

    private static IEnumerable<Exception> Chain(Exception e)
    {
        for (var current = e; current is not null; current = current.InnerException) { yield return current; }
    }
}
