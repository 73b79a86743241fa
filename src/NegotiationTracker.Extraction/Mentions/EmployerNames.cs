using NegotiationTracker.Extraction.Lexicon;
using NegotiationTracker.Extraction.Text;

namespace NegotiationTracker.Extraction.Mentions;

/// <summary>
/// "Wabtec and the union held their first bargaining session", "talks between the union and Boeing": a name written
/// together with "the union" in a sentence about talks is the employer across the table, a company no lexicon can list.
/// A person so written ("Ana Silva and the union") opens with a given name and is left to the people layer.
/// </summary>
internal static class EmployerNames
{
    private const int MaxWords = 3;

    private static readonly string[] TheUnion = ["the", "union"];

    public static IEnumerable<string> Find(IEnumerable<Sentence> sentences, ExtractionLexicon lex)
    {
        foreach (var tokens in sentences.Select(s => s.Tokens).Where(t => t.Any(x => lex.MeetingWords.Contains(x.Key) || lex.TalkNouns.Contains(x.Key))))
        {
            for (var i = 0; i + 2 < tokens.Count; i++)
            {
                if (tokens[i].Key != "and") { continue; }
                // "X and the union": the name ends right before "and".
                if (At(tokens, i + 1, TheUnion) && Before(tokens, i, lex) is { } before) { yield return before; }
                // "the union and X": the name starts right after it.
                if (i >= 2 && At(tokens, i - 2, TheUnion) && After(tokens, i + 1, lex) is { } after) { yield return after; }
            }
        }
    }

    private static bool At(IReadOnlyList<Token> tokens, int at, string[] words) =>
        at >= 0 && at + words.Length <= tokens.Count && words.Select((w, k) => tokens[at + k].Key == w).All(same => same);

    private static string? Before(IReadOnlyList<Token> tokens, int end, ExtractionLexicon lex)
    {
        var start = end;
        while (start > 0 && end - start < MaxWords && OrganisationNames.IsNameWord(tokens[start - 1])) { start--; }
        return Name(tokens, start, end, lex);
    }

    private static string? After(IReadOnlyList<Token> tokens, int start, ExtractionLexicon lex)
    {
        var end = start;
        while (end < tokens.Count && end - start < MaxWords && OrganisationNames.IsNameWord(tokens[end])) { end++; }
        return end < tokens.Count && tokens[end].IsWord && tokens[end].IsCapitalized ? null : Name(tokens, start, end, lex);
    }

    /// <summary>The run as a company's name, unless it is a known party, a person's, an office's or a word no name holds.</summary>
    private static string? Name(IReadOnlyList<Token> tokens, int start, int end, ExtractionLexicon lex)
    {
        if (start >= end || lex.PartyTerms.MatchAt(tokens, start) is not null || lex.Cities.MatchAt(tokens, start) is not null) { return null; }
        var words = tokens.Skip(start).Take(end - start).ToList();
        if (words.Any(t => lex.NotNames.Contains(t.Text) || lex.TitleHeads.Contains(t.Key)) || lex.TitleWords.Contains(words[0].Key) || lex.GivenNames.Contains(words[0].Key)) { return null; }
        return string.Join(' ', words.Select(t => t.Text));
    }
}
