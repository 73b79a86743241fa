using NegotiationTracker.Extraction.Dates;
using NegotiationTracker.Extraction.Lexicon;
using NegotiationTracker.Extraction.Mentions;

namespace NegotiationTracker.Extraction.Claims;

/// <summary>
/// "NAIROBI, 20 March (IRIN) – … The first part came to an end on 17 December 2002": a report is written after the days it
/// tells of as past, so a yearless dateline that would fall before the latest of them in that day's year is in the next year.
/// A day ahead ("talks will resume on 4 April 2003") says nothing of when the report was written. A month and year told as past
/// ("visited in July 2019") dates it as well: that year, or the next when the dateline's month comes before.
/// </summary>
internal static class RecountedDayYear
{
    public static int? Find(IReadOnlyList<SentenceMentions> sentences, Articles.ArticleHeader header, ExtractionLexicon lex)
    {
        if (header.PublishedOn is not null || header.YearlessDateline is not { } dateline) { return null; }
        var past = sentences
            .Where(s => !lex.FutureWords.IsMatch(s.Sentence.Text) && RoundDates.TellsOfThePast(s, s.Sentence.Tokens.Any(t => lex.PastTenseWords.Contains(t.Key)), lex))
            .SelectMany(s => DateFinder.Find(s.Sentence.Text, null, null)).ToList();
        var latest = past.Where(d => d.IsDayLike && d.YearWritten && d.Date is not null).Select(d => d.Date!.Value).DefaultIfEmpty().Max();
        int? byDay = latest != default && (dateline.Month, dateline.Day).CompareTo((latest.Month, latest.Day)) < 0 ? latest.Year + 1 : null;
        // "went to Berlin in August 2018 … visited in July 2019": a month and year recounted as past dates the report too, on or
        // after that month.
        var month = past.Where(d => d.Precision == "month" && d.Date is not null).Select(d => d.Date!.Value).DefaultIfEmpty().Max();
        int? byMonth = month == default ? null : dateline.Month < month.Month ? month.Year + 1 : month.Year;
        return byDay is null ? byMonth : byMonth is null ? byDay : Math.Max(byDay.Value, byMonth.Value);
    }
}
