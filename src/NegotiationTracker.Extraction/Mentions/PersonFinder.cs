using NegotiationTracker.Extraction.Lexicon;
using NegotiationTracker.Extraction.Text;

namespace NegotiationTracker.Extraction.Mentions;

/// <summary>
/// Finds people from context, never from a list of known people: a capitalised run of two to four
/// words is a person only when a title, an honorific, an apposition or a delegation cue says so.
/// Then every later mention of that name, or of its surname alone, is the same person.
/// </summary>
internal static class PersonFinder
{
    public static void Find(IReadOnlyList<SentenceMentions> sentences, ExtractionLexicon lex)
    {
        var accepted = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var s in sentences)
        {
            foreach (var (index, length) in s.NameRuns.Where(r => r.Length is >= 2 and <= 4))
            {
                if (HasPersonContext(s, index, length, lex)) { Accept(accepted, s.Sentence.Tokens, index, length); }
            }

            foreach (var (index, length) in AcceptedByCues(s, lex)) { Accept(accepted, s.Sentence.Tokens, index, length); }
        }

        var bySurname = accepted.Values.GroupBy(n => TextFold.Fold(n.Split(' ')[^1]), StringComparer.Ordinal)
            .Where(g => g.Count() == 1).ToDictionary(g => g.Key, g => g.Single(), StringComparer.Ordinal);
        foreach (var s in sentences)
        {
            foreach (var (index, length) in s.NameRuns)
            {
                var key = Key(s.Sentence.Tokens, index, length);
                var name = accepted.GetValueOrDefault(key) ?? (length == 1 ? bySurname.GetValueOrDefault(key) : null);
                if (name is null) { continue; }
                var title = TitleReader.Before(s, index, lex) ?? TitleReader.After(s, index + length, lex);
                s.People.Add(new PersonMention(name, s.Sentence.Index, index, length, title?.Title, title?.Party));
            }
        }
    }

    private static bool HasPersonContext(SentenceMentions s, int index, int length, ExtractionLexicon lex)
    {
        var tokens = s.Sentence.Tokens;
        var before = index > 0 ? tokens[index - 1] : null;
        var honorific = before is not null && (lex.Honorifics.Contains(before.Key)
            || (before.Text == "." && index > 1 && lex.Honorifics.Contains(tokens[index - 2].Key)));
        return honorific || TitleReader.Before(s, index, lex) is not null || TitleReader.After(s, index + length, lex) is not null;
    }

    /// <summary>Runs that a head or member cue of the lexicon speaks of ("led by X", "It will also include X").</summary>
    private static IEnumerable<(int Index, int Length)> AcceptedByCues(SentenceMentions s, ExtractionLexicon lex)
    {
        var runs = s.NameRuns.Where(r => r.Length is >= 2 and <= 4 && !NamesAnOffice(s, r, lex)).ToList();
        if (runs.Count == 0) { yield break; }
        var masked = Masker.Mask(s, runs);
        foreach (var pattern in lex.HeadPatterns)
        {
            foreach (System.Text.RegularExpressions.Match m in pattern.Matches(masked)) { yield return runs[Masker.Tag(m)]; }
        }

        if (lex.MemberPatterns.Any(p => p.IsMatch(masked)) && lex.DelegationNouns.Concat(["It "]).Any(n => masked.Contains(n, StringComparison.OrdinalIgnoreCase)))
        {
            foreach (var run in runs) { yield return run; }
        }
    }

    /// <summary>"Shin Bet chief Amos Levinger": a name followed by an office and another name is the office's, not a person.</summary>
    private static bool NamesAnOffice(SentenceMentions s, (int Index, int Length) run, ExtractionLexicon lex)
    {
        var after = run.Index + run.Length;
        return after + 1 < s.Sentence.Tokens.Count && TitleReader.IsHead(s.Sentence.Tokens[after], lex)
            && s.NameRuns.Any(r => r.Index == after + 1);
    }

    private static void Accept(Dictionary<string, string> accepted, IReadOnlyList<Token> tokens, int index, int length) =>
        accepted.TryAdd(Key(tokens, index, length), string.Join(' ', tokens.Skip(index).Take(length).Select(t => t.Bare)));

    private static string Key(IReadOnlyList<Token> tokens, int index, int length) =>
        string.Join(' ', tokens.Skip(index).Take(length).Select(t => t.Key));
}
