using NegotiationTracker.Extraction.Lexicon;
using NegotiationTracker.Extraction.Text;

namespace NegotiationTracker.Extraction.Mentions;

/// <summary>
/// "met in the Omani capital", "talks in the Qatari capital on Sunday": a capital named by its country
/// alone is that country's capital city. Written with the city after it ("the Angolan capital Luanda",
/// "the Omani capital, Muscat") the city itself is the mention.
/// </summary>
internal static class CapitalPhrase
{
    private const string CapitalWord = "capital";

    /// <summary>The capital cities named this way, each at the index of the phrase's first word.</summary>
    public static IEnumerable<(City City, int Index)> Find(IReadOnlyList<Token> tokens, IReadOnlyList<PartyMention> parties, IReadOnlyList<(City City, int Index)> cities, ExtractionLexicon lex)
    {
        foreach (var p in parties.Where(p => p.End < tokens.Count && tokens[p.End].Key == CapitalWord && p.Kind is PartyTermKind.Name or PartyTermKind.Demonym))
        {
            var named = cities.Any(c => c.Index > p.End && c.Index <= p.End + 2);
            if (named || CapitalOf(p.Party, lex) is not { } capital) { continue; }
            yield return (capital, p.Index > 0 && tokens[p.Index - 1].Key == "the" ? p.Index - 1 : p.Index);
        }
    }

    private static City? CapitalOf(Party party, ExtractionLexicon lex)
    {
        foreach (var alias in party.Aliases)
        {
            var words = Tokenizer.Tokenize(alias);
            if (lex.PartyTerms.MatchAt(words, 0, requireCapital: false) is not { Value.Kind: PartyTermKind.Capital } hit || hit.Value.Party != party || hit.Length != words.Count) { continue; }
            return lex.Cities.MatchAt(words, 0, requireCapital: false) is { } city && city.Length == words.Count ? city.Value : new City(alias, party.Code);
        }

        return null;
    }
}
