using NegotiationTracker.Extraction.Lexicon;
using NegotiationTracker.Extraction.Mentions;
using NegotiationTracker.Extraction.Text;

namespace NegotiationTracker.Extraction.Claims;

/// <summary>
/// "the Venezuelan government and the opposition", "Bolivia's authorities and opposition": a state's government
/// written together with its opposition names the two sides of talks inside one country. The opposition has no
/// name of its own there, so it is named for the country's people ("Venezuelan opposition").
/// </summary>
internal static class OppositionSide
{
    public static IEnumerable<(string State, string Opposition)> Pairs(SentenceMentions s, ExtractionLexicon lex)
    {
        var tokens = s.Sentence.Tokens;
        foreach (var p in s.Parties.Where(p => !p.Party.IsOrganisation))
        {
            var k = p.End;
            if (k + 2 >= tokens.Count || !lex.GovernmentWords.Contains(tokens[k].Key) || tokens[k + 1].Key != "and") { continue; }
            k += tokens[k + 2].Key == "the" ? 3 : 2;
            if (k < tokens.Count && lex.OppositionWords.Contains(tokens[k].Key) && DemonymOf(p, lex) is { } demonym)
            {
                yield return (p.Party.Name, $"{demonym} {tokens[k].Text.ToLowerInvariant()}");
            }
        }
    }

    /// <summary>The country's first demonym in the lexicon (its singular), however the sentence named the country.</summary>
    private static string? DemonymOf(PartyMention p, ExtractionLexicon lex) => p.Party.Aliases.FirstOrDefault(a => IsDemonym(a, p.Party, lex));

    private static bool IsDemonym(string alias, Party party, ExtractionLexicon lex)
    {
        var tokens = Tokenizer.Tokenize(alias);
        return tokens.Count > 0 && lex.PartyTerms.MatchAt(tokens, 0, requireCapital: false) is { } hit
            && hit.Length == tokens.Count && hit.Value.Kind == PartyTermKind.Demonym && hit.Value.Party == party;
    }
}
