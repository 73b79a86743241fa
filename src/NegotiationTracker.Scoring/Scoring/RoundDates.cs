using System.Globalization;
using NegotiationTracker.Extraction.Consolidation;
using NegotiationTracker.Extraction.Dates;
using NegotiationTracker.Scoring.Expected;

namespace NegotiationTracker.Scoring.Scoring;

/// <summary>Whether an extracted round carries the date a reader gave the meeting, at the reader's precision.</summary>
internal static class RoundDates
{
    /// <param name="yearsInText">The years the report writes; a meeting whose year the text never gives is
    /// read right when its day and month are, with the year left unknown (nothing in the text could tell it).</param>
    public static bool Right(ExpectedRound expected, KbRound extracted, IReadOnlySet<int> yearsInText)
    {
        if (expected.Date is null) { return false; }
        var parts = expected.Date.Split('-');
        var year = int.Parse(parts[0], CultureInfo.InvariantCulture);
        if (extracted.Date is null && !yearsInText.Contains(year) && parts.Length == 3 && extracted.DateText is { } text)
        {
            return DateFinder.Find(text, null, year).Any(d => d.Date is { } day && day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) == expected.Date);
        }

        if (extracted.Date is not { } got) { return false; }
        if (got.Year != year) { return false; }
        if (parts.Length == 1) { return true; }
        var month = int.Parse(parts[1], CultureInfo.InvariantCulture);
        if (got.Month != month && expected.EndDate is null) { return false; }
        if (parts.Length == 2) { return extracted.DatePrecision is not ("year" or "unknown"); }
        var day = new DateOnly(year, month, int.Parse(parts[2], CultureInfo.InvariantCulture));
        var last = expected.EndDate is { } end ? DateOnly.ParseExact(end, "yyyy-MM-dd", CultureInfo.InvariantCulture) : day;
        return extracted.DatePrecision is "day" or "range" && got >= day && got <= last;
    }

    /// <summary>Whether an extracted round falls on a date the reader listed as no meeting.</summary>
    public static bool OnDayOf(ExpectedNotRound notRound, KbRound extracted) =>
        notRound.Date is { Length: 10 } day && (extracted.Date is { } got
            ? got.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) == day
            : extracted.DateText is { } text && DateFinder.Find(text, null, int.Parse(day[..4], CultureInfo.InvariantCulture))
                .Any(d => d.Date is { } yearless && yearless.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) == day));

    public static string Show(KbRound r) =>
        $"{(r.Date is { } d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : r.DateText is { } t ? $"undated «{t}»" : "undated")} {string.Join("/", r.Parties)}";

    /// <summary>Every four-digit year the report writes (1900–2099).</summary>
    public static IReadOnlySet<int> YearsIn(string text) =>
        System.Text.RegularExpressions.Regex.Matches(text, @"\b(?:19|20)\d\d\b").Select(m => int.Parse(m.Value, CultureInfo.InvariantCulture)).ToHashSet();

    public static string Show(ExpectedRound r) => $"{r.Date ?? "undated"} {string.Join("/", r.Parties)}";
}
