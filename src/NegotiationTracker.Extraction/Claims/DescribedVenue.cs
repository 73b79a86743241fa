using NegotiationTracker.Extraction.Lexicon;
using NegotiationTracker.Extraction.Mentions;

namespace NegotiationTracker.Extraction.Claims;

/// <summary>
/// A venue a report describes by its owner instead of naming it: a lowercase venue noun, "of" and whose it is
/// ("at the residence of Switzerland's ambassador", "at the embassy of Qatar"). The noun alone ("at the hotel") is no venue.
/// </summary>
internal static class DescribedVenue
{
    /// <summary>The venue's span starting at the lowercase venue noun at <paramref name="j"/>; (j, j) when there is none.</summary>
    public static (int Start, int End) At(SentenceMentions s, int j, ExtractionLexicon lex)
    {
        var tokens = s.Sentence.Tokens;
        if (tokens[j].IsCapitalized) { return (j, j); }
        return lex.LowercaseVenues.Contains(tokens[j].Key) ? (j, OwnerEnd(s, j + 1)) : (j, j);
    }

    /// <summary>"of Switzerland's ambassador", "of the Qatari Emir": "of", a capitalised owner, and the office a possessive owner holds.</summary>
    private static int OwnerEnd(SentenceMentions s, int of)
    {
        var tokens = s.Sentence.Tokens;
        if (of >= tokens.Count || tokens[of].Key != "of") { return of - 1; }
        var k = of + 1;
        if (k < tokens.Count && tokens[k].Key == "the") { k++; }
        var start = k;
        while (k < tokens.Count && tokens[k].IsWord && tokens[k].IsCapitalized) { k++; }
        if (k == start) { return of - 1; }
        var possessive = tokens[k - 1].IsPossessive;
        return possessive && k < tokens.Count && tokens[k].IsWord && !tokens[k].IsCapitalized ? k + 1 : k;
    }
}
