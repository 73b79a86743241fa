namespace NegotiationTracker.Extraction.Dates;

/// <summary>
/// A date written in a sentence. <see cref="Date"/> is set when it is fully known; a day without a
/// year keeps <see cref="Month"/> and <see cref="Day"/>; a weekday waits for an anchor to resolve it.
/// </summary>
public sealed record DateMention(string Text, int Offset, string Precision)
{
    public DateOnly? Date { get; init; }
    public int? Month { get; init; }
    public int? Day { get; init; }
    public DayOfWeek? Weekday { get; init; }

    /// <summary>For a weekday: 1 when written "next Monday", -1 when "last Monday" (never the report's own day), else 0.</summary>
    public int Relative { get; init; }

    /// <summary>For a day written relative to publication ("today", "two days ago"): how many days after it.</summary>
    public int? DaysFromPublication { get; init; }

    /// <summary>Whether the text wrote the year; when it did not, the year was taken from the context.</summary>
    public bool YearWritten { get; init; }

    /// <summary>A day-precision date, known or waiting for its year or anchor: the kind a meeting has.</summary>
    public bool IsDayLike => Precision == "day";
}

/// <summary>A gap written in a sentence: "more than seven weeks", "three weeks after".</summary>
public sealed record DateGap(int Days, bool Strict);
