using NegotiationTracker.Extraction.Lexicon;
using NegotiationTracker.Extraction.Text;

namespace NegotiationTracker.Extraction.Mentions;

/// <summary>
/// "Hyundai Motor Co.", "Canadian Pacific Railway Ltd", "General Motors": a short capitalised name that ends in a company suffix
/// (the lexicon's <c>companySuffixes</c>) is a company of the page, a side of the pay talks it is in. A suffix that is an
/// abbreviation ("Co.", "Inc", "AG") is no part of the name the page goes on to use ("Hyundai Motor"); a word ("Motors", "Airlines") is.
/// </summary>
internal static class CompanyNames
{
    private const int MaxWords = 3;

    public static IEnumerable<string> Find(IEnumerable<Sentence> sentences, ExtractionLexicon lex)
    {
        foreach (var tokens in sentences.Select(s => s.Tokens))
        {
            for (var i = 1; i < tokens.Count; i++)
            {
                if (!tokens[i].IsCapitalized || !lex.CompanySuffixes.Contains(tokens[i].Key)) { continue; }
                var start = i;
                while (start > 0 && i - start < MaxWords && OrganisationNames.IsNameWord(tokens[start - 1]) && !lex.CompanySuffixes.Contains(tokens[start - 1].Key)) { start--; }
                // "the airline said Monday Inc …": a name needs a word of its own before the suffix, and no sentence-opening article
                // or other word that is never a name ("After China Airlines promised …").
                while (start < i && (tokens[start].Key == "the" || lex.NotNames.Contains(tokens[start].Key))) { start++; }
                var word = tokens[i].Text.Length > AbbreviationLength && !tokens[i].IsAllCaps;
                // "Britain Ltd" is no company of its own, but "China Airlines" and "Kenya Airways" are: a country before a word suffix names one.
                if (start == i || lex.TitleHeads.Contains(tokens[start].Key) || (!word && lex.PartyTerms.MatchAt(tokens, start) is { } known && start + known.Length >= i)) { continue; }
                yield return string.Join(' ', tokens.Skip(start).Take((word ? i + 1 : i) - start).Select(t => t.Text));
            }
        }
    }

    // "Corp", "GmbH", "Ltd.": an abbreviation; "Motors", "Airways": a word of the name.
    private const int AbbreviationLength = 4;
}
