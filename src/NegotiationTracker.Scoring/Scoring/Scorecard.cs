using System.Globalization;
using System.Text;

namespace NegotiationTracker.Scoring.Scoring;

/// <summary>The scorecard over many reports: recall and precision per field, the misses of each report, one closing SCORE line.</summary>
public sealed record Scorecard(IReadOnlyList<ReportScore> Reports)
{
    public FieldTally this[string field] => Reports.Aggregate(FieldTally.Zero, (a, r) => a + r[field]);

    public FieldTally Total => Reports.Aggregate(FieldTally.Zero, (a, r) => a + r.Total);

    public string Render(bool misses = true)
    {
        var o = new StringBuilder();
        o.AppendLine(CultureInfo.InvariantCulture, $"{Reports.Count} reports");
        o.AppendLine("| field | recall | precision |").AppendLine("|---|---|---|");
        foreach (var f in Fields.All)
        {
            var t = this[f];
            o.AppendLine(CultureInfo.InvariantCulture, $"| {f} | {Ratio(t.Hit, t.Expected)} | {Ratio(t.Correct, t.Found)} |");
        }

        var rounds = Reports.Sum(r => r.Rounds);
        o.AppendLine(CultureInfo.InvariantCulture, $"| rounds that are no meeting | {Ratio(Reports.Sum(r => r.NoMeetingRounds), rounds)} of rounds | |");
        // Split out because no reader could do better there: the page kept its date in metadata the paraphrase did not carry.
        var undatable = Reports.Sum(r => r.UndatableRounds);
        o.AppendLine(CultureInfo.InvariantCulture, $"| undated rounds | {Ratio(Reports.Sum(r => r.UndatedRounds), rounds)} of rounds | {undatable} of them in reports that print no year |");
        o.AppendLine(CultureInfo.InvariantCulture, $"| junk persons | {this[Fields.Person].Wrong} | |");
        if (misses) { AppendMisses(o); }
        var total = Total;
        o.Append(CultureInfo.InvariantCulture, $"SCORE real {total.Hit}/{total.Expected} precision {total.Correct}/{total.Found}");
        return o.ToString();
    }

    private void AppendMisses(StringBuilder o)
    {
        foreach (var r in Reports.Where(r => r.Misses.Count > 0))
        {
            o.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"## {r.File}: {r.Total.Hit}/{r.Total.Expected}, {r.Wrong} wrong");
            foreach (var m in r.Misses)
            {
                var sentence = m.Sentence is null ? "" : $" — «{Short(m.Sentence)}»";
                o.AppendLine(CultureInfo.InvariantCulture, $"  {(m.Wrong ? "wrong" : "miss ")} {m.Field}: {m.What}{sentence}");
            }
        }

        o.AppendLine();
    }

    private static string Ratio(int a, int b) =>
        b == 0 ? $"{a}/{b}" : string.Create(CultureInfo.InvariantCulture, $"{a}/{b} ({100.0 * a / b:0}%)");

    private static string Short(string s)
    {
        var line = s.ReplaceLineEndings(" ");
        return line.Length <= 160 ? line : line[..157] + "...";
    }
}
