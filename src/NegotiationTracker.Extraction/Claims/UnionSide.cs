using NegotiationTracker.Extraction.Lexicon;
using NegotiationTracker.Extraction.Mentions;

namespace NegotiationTracker.Extraction.Claims;

/// <summary>
/// "The union wants an 8% wage increase": in talks where one side is a union by name ("National Union of Metalworkers",
/// "Rail, Tram and Bus Union"), "the union" is that side, as "the government" is the state's in talks with a movement.
/// </summary>
internal static class UnionSide
{
    private const string UnionWord = "union";

    /// <summary>The one negotiating party whose name or alias holds the word "Union"; null when none or several do.</summary>
    public static string? Of(Talks talks, ExtractionLexicon lex)
    {
        var unions = talks.Negotiators.Where(n => talks.PartyNamed(n, lex) is { IsOrganisation: true } p
            && p.Aliases.Append(p.Name).Any(a => a.Split(' ').Any(w => w.Equals(UnionWord, StringComparison.OrdinalIgnoreCase)))).ToList();
        return unions.Count == 1 ? unions[0] : null;
    }

    /// <summary>Offsets in the sentence of "the union" written on its own (not "the union's leader", nor "the European Union").</summary>
    public static IEnumerable<int> Mentions(SentenceMentions s)
    {
        var tokens = s.Sentence.Tokens;
        for (var i = 1; i < tokens.Count; i++)
        {
            if (tokens[i].Text == UnionWord && tokens[i - 1].Key == "the" && s.PartyAt(i) is null) { yield return tokens[i - 1].Start - s.Sentence.Start; }
        }
    }
}
