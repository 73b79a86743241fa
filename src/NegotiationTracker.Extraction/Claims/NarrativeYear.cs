using NegotiationTracker.Extraction.Dates;

namespace NegotiationTracker.Extraction.Claims;

/// <summary>
/// "The first round took place on 30th August, 2001, the second on September 11th and the third on 13th November": a
/// day written without a year after a full date earlier in its sentence belongs to that narrative, not to
/// the report's own year (nor to a year guessed for a dateline that prints none). It takes the anchor's year, or the next
/// one when the day falls before the anchor. Only the same sentence anchors: tried with the sentence before
/// as well, the publication line and other events' dates there pulled recalled days into the wrong year (two corpus reports
/// fell). Temporal taggers call this the narrative reference time, as against the document's date.
/// </summary>
internal static class NarrativeYear
{
    public static DateMention Anchored(DateMention mention, DateOnly? anchor)
    {
        if (mention.YearWritten || mention.Month is not { } month || mention.Day is not { } day || anchor is not { } at)
        {
            return mention;
        }

        if (day > DateTime.DaysInMonth(at.Year, month) || day > DateTime.DaysInMonth(at.Year + 1, month)) { return mention; }
        var date = new DateOnly(at.Year, month, day);
        return mention with { Date = date < at ? date.AddYears(1) : date, YearWritten = true };
    }

    /// <summary>
    /// "the treaty expires on December 5, 2009 … will be held on June 1-3", dated June 1, 2009: a day within a week of the
    /// dateline is the report's own week, whatever full date the sentence wrote before it.
    /// </summary>
    public static bool IsDatelineWeek(DateMention mention, DateOnly? dateline) =>
        dateline is { } published && mention.Month is { } month && mention.Day is { } day && day <= DateTime.DaysInMonth(published.Year, month)
        && Math.Abs(new DateOnly(published.Year, month, day).DayNumber - published.DayNumber) <= DatelineWeek;

    private const int DatelineWeek = 7;

    /// <summary>
    /// "The first round took place on 30th August, 2001. The second round followed 12 days later, on September 11th": a sentence
    /// that counts a gap on from the one before ("12 days later") goes on with that sentence's narrative, so the last full
    /// date there anchors it. Without such a gap the sentence before anchors nothing (see above).
    /// </summary>
    public static DateOnly? CountedOnFrom(IReadOnlyList<Mentions.SentenceMentions> sentences, Mentions.SentenceMentions s, int datelineEnd)
    {
        var index = s.Sentence.Index;
        if (index == 0 || !DateFinder.CountsOnLater(s.Sentence.Text)) { return null; }
        var before = sentences.FirstOrDefault(p => p.Sentence.Index == index - 1);
        if (before is null || before.Sentence.Start < datelineEnd) { return null; }
        var dates = DateFinder.Find(before.Sentence.Text, null, null);
        return AnchorBefore(dates, before.Sentence.Text.Length);
    }

    /// <summary>The last full date (its year written) before an offset in a sentence; the caller leaves out a dateline run into it, which dates the report, not a narrative.</summary>
    public static DateOnly? AnchorBefore(IReadOnlyList<DateMention> sentence, int offset) =>
        sentence.LastOrDefault(d => d.YearWritten && d.IsDayLike && d.Date is not null && d.Offset < offset)?.Date;
}
