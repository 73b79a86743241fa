using NegotiationTracker.Extraction.Dates;
using NegotiationTracker.Extraction.Mentions;

namespace NegotiationTracker.Extraction.Claims;

/// <summary>
/// "KATHMANDU, May 26 – Friday afternoon saw the start …", "BANGKOK, August 16 (TNA) - Meeting in Bangkok on Friday": a wire
/// dateline with no year whose lead names a plain weekday tells the day of the week of the dateline's own day. A report is
/// written after every year it recounts ("the first round … on 30th August, 2001"), so its year is the first from the latest
/// recounted one on which the dateline's day falls on that weekday.
/// </summary>
internal static class LeadWeekdayYear
{
    // Any month and day falls on each weekday within this many years.
    private const int Cycle = 12;

    public static int? Find(IReadOnlyList<SentenceMentions> sentences, Articles.ArticleHeader header, int? latestWritten)
    {
        if (header.PublishedOn is not null || header.YearlessDateline is not { } dateline || latestWritten is not { } from) { return null; }
        var lead = sentences.FirstOrDefault(s => s.Sentence.Start <= header.DatelineEnd && header.DatelineEnd <= s.Sentence.Start + s.Sentence.Text.Length);
        if (lead is null) { return null; }
        var weekday = DateFinder.Find(lead.Sentence.Text, null, null)
            .FirstOrDefault(d => d.Weekday is not null && d.Relative == 0 && lead.Sentence.Start + d.Offset >= header.DatelineEnd)?.Weekday;
        if (weekday is null) { return null; }
        for (var year = from; year < from + Cycle; year++)
        {
            if (dateline.Day <= DateTime.DaysInMonth(year, dateline.Month) && new DateOnly(year, dateline.Month, dateline.Day).DayOfWeek == weekday) { return year; }
        }

        return null;
    }
}
