using NegotiationTracker.Extraction.Lexicon;
using NegotiationTracker.Extraction.Mentions;

namespace NegotiationTracker.Extraction.Claims;

/// <summary>
/// Finds a named venue where a meeting is held: a capitalised name ending in a venue word
/// ("the historic Topkapi Palace", "Lancaster House") or opening with one ("Château de Penthes"),
/// written as a place ("at", "in", "inside" before it, or "will host" after it).
/// </summary>
internal static class VenueFinder
{
    private const int PrepositionWindow = 5;

    public static string? Find(SentenceMentions s, ExtractionLexicon lex)
    {
        var tokens = s.Sentence.Tokens;
        for (var j = 0; j < tokens.Count; j++)
        {
            if (!tokens[j].IsCapitalized || !lex.VenueWords.Contains(tokens[j].Key) || s.PartyAt(j) is not null) { continue; }
            var start = j;
            while (start > 0 && tokens[start - 1].IsCapitalized && tokens[start - 1].IsWord && s.PartyAt(start - 1) is null && !lex.NotNames.Contains(tokens[start - 1].Key)) { start--; }
            var end = j + 1;
            if (start == j && end + 1 < tokens.Count && tokens[end + 1].IsCapitalized && lex.VenuePrefixes.Contains($"{tokens[j].Key} {tokens[end].Key}")) { end += 2; }
            if (end - start < 2 || !IsPlace(tokens, start, end, lex)) { continue; }
            return string.Join(' ', tokens.Skip(start).Take(end - start).Select(t => t.Bare));
        }

        return null;
    }

    private static bool IsPlace(IReadOnlyList<Text.Token> tokens, int start, int end, ExtractionLexicon lex)
    {
        // "at the Topkapi Palace", "outside the entrance of the Intercontinental Hotel": a place word before, over small words.
        for (var k = start - 1; k >= Math.Max(0, start - PrepositionWindow); k--)
        {
            if (lex.PlaceWords.Contains(tokens[k].Key)) { return true; }
            if (tokens[k].IsCapitalized || !tokens[k].IsWord) { break; }
        }

        return end + 1 < tokens.Count && tokens[end].Key is "will" or "would" or "hosts" or "hosted" && tokens[end + 1].Key is "host" or "the" or "talks";
    }
}
