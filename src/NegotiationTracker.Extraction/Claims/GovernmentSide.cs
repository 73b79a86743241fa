using NegotiationTracker.Extraction.Lexicon;
using NegotiationTracker.Extraction.Mentions;

namespace NegotiationTracker.Extraction.Claims;

/// <summary>
/// "The government further demanded…": in talks between a state and a movement (an army and a militia, a
/// government and rebels or an opposition platform), "the government" is the state's side.
/// </summary>
internal static class GovernmentSide
{
    private const string GovernmentWord = "government";

    /// <summary>The one negotiating state when the other side is a movement; null otherwise.</summary>
    public static string? Of(Talks talks, ExtractionLexicon lex)
    {
        var sides = talks.Negotiators.Select(n => talks.PartyNamed(n, lex)).ToList();
        var states = sides.Where(p => p is { IsOrganisation: false }).ToList();
        return sides.Count == 2 && states.Count == 1 && sides.Any(p => p is { IsOrganisation: true }) ? states[0]!.Name : null;
    }

    /// <summary>Offsets in the sentence of "the government" with no party written before it ("the Sudanese government" names its own).</summary>
    public static IEnumerable<int> Mentions(SentenceMentions s)
    {
        var tokens = s.Sentence.Tokens;
        for (var i = 1; i < tokens.Count; i++)
        {
            if (tokens[i].Key == GovernmentWord && tokens[i - 1].Key == "the" && s.PartyAt(i - 1) is null) { yield return tokens[i - 1].Start - s.Sentence.Start; }
        }
    }
}
