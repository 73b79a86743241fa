using NegotiationTracker.Extraction.Lexicon;
using NegotiationTracker.Extraction.Text;

namespace NegotiationTracker.Extraction.Mentions;

/// <summary>
/// Towns of the gazetteer's second tier ("talks in Arawa", "the Red Sea city of Hurghada"). A small town's name is often
/// also a surname or a word, so it is read only right after a town cue, where a capitalised word names a place; written
/// bare ("Clinton said") it is not. A possessive ("in Clinton's office") or the first word of a longer capitalised name
/// ("at Burnham Military Camp") is no town either, nor a word a party or a first-tier city already holds.
/// </summary>
internal static class TownMentions
{
    public static List<(City City, int Index)> Find(IReadOnlyList<Token> tokens, IReadOnlyList<PartyMention> parties, IReadOnlyList<(City City, int Index)> cities, ExtractionLexicon lex)
    {
        var towns = new List<(City City, int Index)>();
        foreach (var (town, index, length) in lex.Towns.FindAll(tokens))
        {
            var end = index + length;
            var held = parties.Any(p => p.Index < end && index < p.End) || cities.Any(c => c.Index >= index && c.Index < end);
            var longerName = end < tokens.Count && tokens[end].IsWord && tokens[end].IsCapitalized;
            if (!held && !longerName && !IsPossessive(tokens[end - 1]) && AfterCue(tokens, index, lex)) { towns.Add((town, index)); }
        }

        return towns;
    }

    private static bool AfterCue(IReadOnlyList<Token> tokens, int index, ExtractionLexicon lex) =>
        lex.TownCues.Any(cue => cue.Length <= index && cue.Select((w, k) => tokens[index - cue.Length + k].Key == w).All(same => same));

    private static bool IsPossessive(Token t) => t.Text.EndsWith("'s", StringComparison.Ordinal) || t.Text.EndsWith("’s", StringComparison.Ordinal);
}
