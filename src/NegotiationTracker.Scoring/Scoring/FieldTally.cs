namespace NegotiationTracker.Scoring.Scoring;

/// <summary>
/// One field's counts on one report: recall is <see cref="Hit"/> of <see cref="Expected"/>, precision is
/// <see cref="Correct"/> of <see cref="Found"/> (what the extractor produced for that field).
/// </summary>
public sealed record FieldTally(int Expected, int Hit, int Found, int Correct)
{
    public static FieldTally Zero { get; } = new(0, 0, 0, 0);

    public int Wrong => Found - Correct;

    public static FieldTally operator +(FieldTally a, FieldTally b) =>
        new(a.Expected + b.Expected, a.Hit + b.Hit, a.Found + b.Found, a.Correct + b.Correct);
}

/// <summary>The fields of the scorecard, in the order they are printed.</summary>
public static class Fields
{
    public const string Meeting = "meeting";
    public const string Date = "date";
    public const string City = "city";
    public const string Venue = "venue";
    public const string Parties = "parties";
    public const string Delegation = "delegation";
    public const string Head = "head";
    public const string Member = "member";
    public const string Person = "person";
    public const string Title = "title";
    public const string Demand = "demand";

    /// <summary>Extracted rounds that are no meeting (a call, an arrival...), a count of errors, not a recall field.</summary>
    public const string NotRound = "notround";

    /// <summary>The ceiling kept in a report's floor: how many wrong facts it may produce.</summary>
    public const string MaxWrong = "maxwrong";

    public static IReadOnlyList<string> All { get; } = [Meeting, Date, City, Venue, Parties, Delegation, Head, Member, Person, Title, Demand];
}

/// <summary>One line of a report's misses: a fact the extractor missed, or one it got wrong, with its sentence.</summary>
public sealed record Miss(string Field, bool Wrong, string What, string? Sentence);
