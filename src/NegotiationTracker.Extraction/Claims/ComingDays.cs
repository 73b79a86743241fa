using NegotiationTracker.Extraction.Dates;

namespace NegotiationTracker.Extraction.Claims;

/// <summary>
/// "Talks are set for tomorrow", "tomorrow (Friday) we will take part in the next round": a day after the report's own
/// day has not come yet when the report is written, so a meeting on it is only planned, never one that took place.
/// The day a writer adds in brackets to restate it ("tomorrow (29 July)", "tomorrow, July 29") is that same coming day.
/// </summary>
internal static class ComingDays
{
    public static bool IsComing(string text, DateMention date, IReadOnlyList<DateMention> all) =>
        date.DaysFromPublication is > 0 || all.Any(o => o.DaysFromPublication is > 0 && Restates(text, o, date));

    /// <summary>Whether <paramref name="inner"/> stands in brackets or after a comma right after <paramref name="day"/>: "tomorrow (Friday)", "tomorrow, July 29".</summary>
    private static bool Restates(string text, DateMention day, DateMention inner)
    {
        var end = day.Offset + day.Text.Length;
        return inner.Offset > end && text[end..inner.Offset].Trim() is "(" or ",";
    }
}
