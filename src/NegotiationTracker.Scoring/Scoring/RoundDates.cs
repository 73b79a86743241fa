using System.Globalization;
using NegotiationTracker.Extraction.Consolidation;
using NegotiationTracker.Scoring.Expected;

namespace NegotiationTracker.Scoring.Scoring;

/// <summary>Whether an extracted round carries the date a reader gave the meeting, at the reader's precision.</summary>
internal static class RoundDates
{
    public static bool Right(ExpectedRound expected, KbRound extracted)
    {
        if (expected.Date is null || extracted.Date is not { } got) { return false; }
        var parts = expected.Date.Split('-');
        var year = int.Parse(parts[0], CultureInfo.InvariantCulture);
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
        notRound.Date is { Length: 10 } day && extracted.Date is { } got
        && got.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) == day;

    public static string Show(KbRound r) =>
        $"{(r.Date is { } d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "undated")} {string.Join("/", r.Parties)}";

    public static string Show(ExpectedRound r) => $"{r.Date ?? "undated"} {string.Join("/", r.Parties)}";
}
