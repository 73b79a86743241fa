using NegotiationTracker.Extraction.Lexicon;
using NegotiationTracker.Extraction.Mentions;

namespace NegotiationTracker.Extraction.Claims;

/// <summary>
/// Heads no cue names. A mediator sends its official to chair or host ("Oman's Foreign Minister X, who mediates"):
/// with no head named for it, the first of its officials the report names at the round leads its team there.
/// A side's one official the report places at a round ("the Foreign Minister of A, X, took part") leads its team
/// there too — unless the text says the side sent others ("X, another representative of A"), when he is one of several.
/// </summary>
internal static class LoneHeads
{
    /// <summary>How far from a name a fellow word may stand: over the office before it, or opening the apposition after it.</summary>
    private const int TitleWindow = 4;
    private const int AppositionWindow = 2;

    public static List<DelegationClaim> Complete(List<DelegationClaim> claims, IReadOnlyList<SentenceMentions> sentences, Talks talks, ExtractionLexicon lex)
    {
        var fellows = Fellows(sentences, lex);
        var headless = claims.Where(c => c.Person is not null && (talks.Mediators.Contains(c.Party) || talks.Negotiators.Contains(c.Party)))
            .GroupBy(c => (c.RoundLocal, c.Party))
            .Where(g => !g.Any(c => c.IsHead) && (talks.Mediators.Contains(g.Key.Party) || IsLone(g, fellows)))
            .Select(g => g.First()).ToHashSet();
        return [.. claims.Select(c => headless.Contains(c) ? c with { IsHead = true, Role = talks.RoleOf(c.Party, hasHead: true) } : c)];
    }

    private static bool IsLone(IEnumerable<DelegationClaim> team, HashSet<string> fellows) =>
        team.Select(c => c.Person!).Distinct(StringComparer.Ordinal).ToList() is [var only] && !fellows.Contains(only);

    /// <summary>People the text calls one of several of their side ("another Russian representative", "his fellow negotiator").</summary>
    private static HashSet<string> Fellows(IReadOnlyList<SentenceMentions> sentences, ExtractionLexicon lex)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var s in sentences)
        {
            var tokens = s.Sentence.Tokens;
            foreach (var p in s.People)
            {
                var before = Enumerable.Range(Math.Max(0, p.Index - TitleWindow), p.Index - Math.Max(0, p.Index - TitleWindow));
                var after = p.End < tokens.Count && tokens[p.End].Text == ","
                    ? Enumerable.Range(p.End + 1, Math.Min(AppositionWindow, tokens.Count - p.End - 1)) : [];
                if (before.Concat(after).Any(k => lex.FellowWords.Contains(tokens[k].Key))) { found.Add(p.Name); }
            }
        }

        return found;
    }
}
