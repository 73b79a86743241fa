using NegotiationTracker.Extraction.Dates;
using NegotiationTracker.Extraction.Lexicon;
using NegotiationTracker.Extraction.Mentions;

namespace NegotiationTracker.Extraction.Claims;

/// <summary>How a meeting's day is pinned down: the year, the dateline, weekdays and gaps.</summary>
internal static class RoundDates
{
    /// <summary>
    /// With no dateline, a day written without a year ("10 May") takes the latest year the article
    /// writes in full with a day ("14 November 2024"): the article's "this year".
    /// </summary>
    internal static int? YearWritten(IReadOnlyList<SentenceMentions> sentences) =>
        sentences.SelectMany(s => DateFinder.Find(s.Sentence.Text, null, null)).Where(d => d.IsDayLike && d.Date is not null)
            .Select(d => (int?)d.Date!.Value.Year).Max();

    /// <summary>
    /// A day written without a year lies near the dateline: "last met on 19 December" in a January
    /// article is last year's December; "talks on 10 January" in a December article, next year's.
    /// </summary>
    internal static DateOnly? NearDateline(DateMention date, DateOnly? dateline, bool past)
    {
        if (date.Date is not { } day || date.YearWritten || dateline is not { } published) { return date.Date; }
        if (past && day > published.AddDays(7)) { return day.AddYears(-1); }
        return !past && day < published.AddDays(-183) ? day.AddYears(1) : day;
    }

    /// <summary>"the Swiss government said on Tuesday": the day of a statement, not of a meeting.</summary>
    internal static bool IsWhenSaid(SentenceMentions s, DateMention date, ExtractionLexicon lex)
    {
        var before = s.Sentence.Tokens.Where(t => t.End - s.Sentence.Start <= date.Offset).TakeLast(3);
        return before.Any(t => lex.SpeechVerbs.Contains(t.Key));
    }

    /// <summary>
    /// "on Wednesday … more than seven weeks" after the article's latest other meeting; otherwise the
    /// weekday nearest the dateline, before it when the sentence is in the past tense.
    /// </summary>
    internal static void ResolveWeekdays(List<(RoundClaim Claim, DateMention? Date, DateGap? Gap, bool Past)> found, DateOnly? dateline)
    {
        foreach (var (claim, date, gap, past) in found.Where(f => f.Date?.Weekday is not null))
        {
            var weekday = date!.Weekday!.Value;
            var latestOther = found.Where(f => f.Claim != claim && f.Claim.Date is not null).Select(f => f.Claim.Date!.Value).DefaultIfEmpty().Max();
            DateOnly? resolved = gap is not null && latestOther != default
                ? Next(latestOther.AddDays(gap.Days + (gap.Strict ? 1 : 0)), weekday)
                : dateline is { } d ? (past ? Previous(d, weekday) : Next(d, weekday)) : null;
            (claim.Date, claim.Precision) = (resolved, resolved is null ? "unknown" : "day");
        }
    }

    /// <summary>"today" under a dateline with no year ("ISTANBUL, June 2."): the dateline's day, its year still unknown.</summary>
    internal static DateMention OnYearlessDateline(DateMention date, Articles.ArticleHeader header)
    {
        if (date.Date is not null || date.DaysFromPublication is not { } shift || header.YearlessDateline is not { } published) { return date; }
        var day = new DateOnly(LeapYear, published.Month, published.Day).AddDays(shift);
        return date with { Month = day.Month, Day = day.Day };
    }

    // Any leap year: it holds every month-and-day a yearless dateline can give.
    private const int LeapYear = 2024;

    internal static DateOnly Next(DateOnly from, DayOfWeek weekday) => from.AddDays(((int)weekday - (int)from.DayOfWeek + 7) % 7);

    internal static DateOnly Previous(DateOnly from, DayOfWeek weekday) => from.AddDays(-(((int)from.DayOfWeek - (int)weekday + 7) % 7));
}
