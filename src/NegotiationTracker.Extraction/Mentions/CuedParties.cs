using NegotiationTracker.Extraction.Lexicon;
using NegotiationTracker.Extraction.Text;

namespace NegotiationTracker.Extraction.Mentions;

/// <summary>
/// "the main opposition BNP", "the opposition Civic Alliance": a name right after a word that only political parties take
/// (the lexicon's <c>partyNameCues</c>) is a party of the page, though it is short and never spelled out: an acronym, or
/// capitalised words up to an organisation's head word. A party in power ("the ruling Awami League", <c>rulingPartyCues</c>)
/// is one only beside such an opposition party: alone it is the government's side ("ruling Democrat Party
/// Deputy Secretary-General X").
/// </summary>
internal static class CuedParties
{
    private const int MaxPlainWords = 3;

    /// <summary>A short capitalised name ("Al Wefaq", "ZANU-PF") that holds no office, person or known party.</summary>
    private static string? Plain(IReadOnlyList<Token> tokens, int start, ExtractionLexicon lex) => Plain(tokens, start, lex, out _);

    private static string? Plain(IReadOnlyList<Token> tokens, int start, ExtractionLexicon lex, out int end)
    {
        end = start;
        while (end < tokens.Count && end - start < MaxPlainWords && (OrganisationNames.IsNameWord(tokens[end]) || tokens[end].IsAllCaps || lex.NameParticles.Contains(tokens[end].Text))) { end++; }
        var words = Enumerable.Range(start, end - start).Select(k => tokens[k]).ToList();
        return words.Count > 0 && (OrganisationNames.IsNameWord(words[^1]) || words[^1].IsAllCaps) && lex.PartyTerms.MatchAt(tokens, start) is null
            && !words.Where(t => !lex.NameParticles.Contains(t.Text)).Any(t => lex.TitleHeads.Contains(t.Key) || lex.Honorifics.Contains(t.Key) || lex.GivenNames.Contains(t.Key) || lex.NotNames.Contains(t.Key))
            ? OrganisationNames.NameOf(tokens, start, end, lex) : null;
    }

    public static IEnumerable<string> Find(IEnumerable<Sentence> sentences, ExtractionLexicon lex)
    {
        foreach (var s in sentences)
        {
            var opposition = Named(s.Tokens, lex.PartyNameCues, lex).ToList();
            // A party in power is the government's side; it stands apart only against an opposition the sentence names too.
            var ruling = opposition.Count > 0 ? Named(s.Tokens, lex.RulingPartyCues, lex) : [];
            foreach (var name in opposition.Concat(ruling).Concat(Bargainers(s.Tokens, lex))) { yield return name; }
        }
    }

    /// <summary>
    /// "labour union Verdi", "German airline Lufthansa", "planemaker Boeing": a short name right after a lowercase noun for a union
    /// or a company (the lexicon's <c>organisationNameCues</c>) is the party the noun says it is.
    /// </summary>
    private static IEnumerable<string> Bargainers(IReadOnlyList<Token> tokens, ExtractionLexicon lex)
    {
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (tokens[i].IsCapitalized || !lex.OrganisationNameCues.Contains(tokens[i].Key) || !OrganisationNames.IsNameWord(tokens[i + 1])) { continue; }
            if (lex.PartyTerms.MatchAt(tokens, i + 1) is null && Plain(tokens, i + 1, lex, out var and) is { } name)
            {
                yield return name;
                // "the unions Untu and Satawu": after a plural noun, a second short name joined by "and" is one more of them.
                if (tokens[i].Key.EndsWith('s') && and + 1 < tokens.Count && tokens[and].Key == "and" && OrganisationNames.IsNameWord(tokens[and + 1])
                    && lex.PartyTerms.MatchAt(tokens, and + 1) is null && Plain(tokens, and + 1, lex) is { } second)
                {
                    yield return second;
                }
            }
        }
    }

    private static IEnumerable<string> Named(IReadOnlyList<Token> tokens, IReadOnlySet<string> cues, ExtractionLexicon lex)
    {
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (!cues.Contains(tokens[i].Key)) { continue; }
            // "the main opposition party Al Wefaq": the word for a party says what the name after it is, head word or not.
            if (i + 2 < tokens.Count && lex.OrganisationCues.Contains(tokens[i + 1].Key) && !tokens[i + 1].IsCapitalized && Plain(tokens, i + 2, lex) is { } plain)
            {
                yield return plain;
                continue;
            }

            if (!OrganisationNames.IsNameWord(tokens[i + 1]) || lex.PartyTerms.MatchAt(tokens, i + 1) is not null) { continue; }
            if (AcronymSides.IsAcronym(tokens[i + 1])) { yield return tokens[i + 1].Text; continue; }
            var end = OrganisationNames.NameEnd(tokens, i + 1, lex);
            var head = Enumerable.Range(i + 1, end - i - 1).FirstOrDefault(k => lex.OrganisationHeads.Contains(tokens[k].Key), -1);
            if (head < 0 || Enumerable.Range(i + 1, head - i).Any(k => lex.TitleHeads.Contains(tokens[k].Key) || lex.Honorifics.Contains(tokens[k].Key))) { continue; }
            yield return OrganisationNames.NameOf(tokens, i + 1, head + 1, lex);
        }
    }
}
