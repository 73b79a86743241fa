using System.Text;

namespace NegotiationTracker.Extraction.Mentions;

/// <summary>
/// Writes a sentence with people as ⟨P0⟩, ⟨P1⟩… and parties as ⟨C0⟩… so the cue patterns of the
/// lexicon can speak of "a person" and "a party" whatever their names.
/// </summary>
internal static class Masker
{
    public static string Mask(SentenceMentions s, IReadOnlyList<(int Index, int Length)> people)
    {
        var tokens = s.Sentence.Tokens;
        var marks = new List<(int Index, int Length, string Tag)>();
        marks.AddRange(people.Select((p, i) => (p.Index, p.Length, $"⟨P{i}⟩")));
        marks.AddRange(s.Parties.Select((p, i) => (p.Index, p.Length, $"⟨C{i}⟩")));
        marks.Sort((a, b) => a.Index.CompareTo(b.Index));

        var text = s.Sentence.Text;
        var origin = s.Sentence.Start;
        var builder = new StringBuilder(text.Length);
        var at = 0;
        foreach (var (index, length, tag) in marks)
        {
            var from = tokens[index].Start - origin;
            if (from < at) { continue; }
            builder.Append(Plain(text[at..from])).Append(tag);
            at = tokens[index + length - 1].End - origin;
        }

        return builder.Append(Plain(text[at..])).ToString();
    }

    /// <summary>The article's own text never contains a tag: brackets like ours are written as plain angle quotes.</summary>
    private static string Plain(string text) => text.Replace('⟨', '‹').Replace('⟩', '›');

    public static int Tag(System.Text.RegularExpressions.Match match) => int.Parse(match.Groups["p"].Value, System.Globalization.CultureInfo.InvariantCulture);
}
