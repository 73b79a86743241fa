namespace NegotiationTracker.Scoring.Scoring;

/// <summary>How the extractor did on one report.</summary>
public sealed record ReportScore(
    string File,
    IReadOnlyDictionary<string, FieldTally> Fields,
    IReadOnlyList<Miss> Misses,
    int Rounds,
    int UndatedRounds,
    int NoMeetingRounds,
    bool PrintsNoYear = false)
{
    /// <summary>Undated rounds of a report that prints no year anywhere (its date was only in the page's metadata).</summary>
    public int UndatableRounds => PrintsNoYear ? UndatedRounds : 0;

    public FieldTally Total => Fields.Values.Aggregate(FieldTally.Zero, (a, b) => a + b);

    /// <summary>Every wrong fact: wrong field values plus rounds that are no meeting.</summary>
    public int Wrong => Total.Wrong + NoMeetingRounds;

    public FieldTally this[string field] => Fields.TryGetValue(field, out var t) ? t : FieldTally.Zero;

    /// <summary>The fields where this score falls below the report's floor, as readable lines (empty when it holds).</summary>
    public IReadOnlyList<string> BelowFloor(IReadOnlyDictionary<string, int> floor)
    {
        var failures = new List<string>();
        foreach (var (field, min) in floor)
        {
            if (field == Scoring.Fields.MaxWrong)
            {
                if (Wrong > min) { failures.Add($"{Wrong} wrong facts, at most {min} allowed"); }
            }
            else if (this[field].Hit < min)
            {
                failures.Add($"{field}: {this[field].Hit} hits, floor {min}");
            }
        }

        return failures;
    }
}
