using NegotiationTracker.Extraction.Dates;
using NegotiationTracker.Extraction.Lexicon;
using NegotiationTracker.Extraction.Mentions;

namespace NegotiationTracker.Extraction.Claims;

/// <summary>
/// "NAIROBI, 20 March (IRIN) – … The first part came to an end on 17 December 2002": a report is written after the days it
/// tells of as past, so a yearless dateline that would fall before the latest of them in that day's year is in the next year.
/// A day ahead ("talks will resume on 4 April 2003") says nothing of when the report was written.
/// </summary>
internal static class RecountedDayYear
{
    public static int? Find(IReadOnlyList<SentenceMentions> sentences, Articles.ArticleHeader header, ExtractionLexicon lex)
    {
        if (header.PublishedOn is not null || header.YearlessDateline is not { } dateline) { return null; }
        var latest = sentences
            .Where(s => !lex.FutureWords.IsMatch(s.Sentence.Text) && RoundDates.TellsOfThePast(s, s.Sentence.Tokens.Any(t => lex.PastTenseWords.Contains(t.Key)), lex))
            .SelectMany(s => DateFinder.Find(s.Sentence.Text, null, null))
            .Where(d => d.IsDayLike && d.YearWritten && d.Date is not null)
            .Select(d => d.Date!.Value)
            .DefaultIfEmpty()
            .Max();
        return latest != default && (dateline.Month, dateline.Day).CompareTo((latest.Month, latest.Day)) < 0 ? latest.Year + 1 : null;
    }
}
