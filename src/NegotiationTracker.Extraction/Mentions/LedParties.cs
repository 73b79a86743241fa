using NegotiationTracker.Extraction.Lexicon;
using NegotiationTracker.Extraction.Text;

namespace NegotiationTracker.Extraction.Mentions;

/// <summary>
/// "Amsel Dor leader Ana Silva", "KLP chairman Ivan Petrov": a short capitalised name that no lexicon knows, right
/// before a lowercase word for a party's leader (the lexicon's <c>partyLeaderWords</c>) and the leader's name, is a
/// party of the page. Coalition and union talks name their sides this way, and a party written so is no person.
/// A name holding an office, a city or a state's body is no party ("Senate leader"); a given name may stand in a
/// party's name ("Maria Bund"), for no one's own name stands before "leader".
/// </summary>
internal static class LedParties
{
    private const int MaxWords = 3;

    public static IEnumerable<string> Find(IReadOnlyList<Sentence> sentences, ExtractionLexicon lex)
    {
        HashSet<string>? inside = null;
        foreach (var tokens in sentences.Select(s => s.Tokens))
        {
            for (var k = 1; k + 1 < tokens.Count; k++)
            {
                if (tokens[k].IsCapitalized || !lex.PartyLeaderWords.Contains(tokens[k].Key) || !tokens[k + 1].IsCapitalized || !tokens[k + 1].IsWord) { continue; }
                var start = k;
                while (start > 0 && k - start < MaxWords && IsNameWord(tokens[start - 1], lex)) { start--; }
                if (start == k || lex.PartyTerms.MatchAt(tokens, start) is not null || lex.Cities.MatchAt(tokens, start) is not null) { continue; }
                // The name opens a capitalised run: one cut short by the word limit ("New Amsel Dor Vesna leader") is a longer name's tail.
                if (start > 0 && tokens[start - 1].IsCapitalized) { continue; }
                // "Rebel leader Ivan Petrov": a sentence's first word is capitalised for being first; alone it names a party
                // only if the page capitalises it inside a sentence too, or writes it in capitals.
                inside ??= [.. sentences.SelectMany(s => s.Tokens.Skip(1)).Where(t => t.IsCapitalized).Select(t => t.Text)];
                if (start == 0 && k == 1 && !tokens[0].IsAllCaps && !inside.Contains(tokens[0].Text)) { continue; }
                yield return OrganisationNames.NameOf(tokens, start, k, lex);
            }
        }
    }

    private static bool IsNameWord(Token t, ExtractionLexicon lex) =>
        t.IsWord && t.IsCapitalized && t.Text.Length > 1 && !lex.NotNames.Contains(t.Key)
        && !lex.TitleWords.Contains(t.Key) && !lex.TitleHeads.Contains(t.Key) && !lex.Honorifics.Contains(t.Key)
        && !lex.OrganisationHeads.Contains(t.Key) && !lex.StateOrganWords.Contains(t.Key);
}
