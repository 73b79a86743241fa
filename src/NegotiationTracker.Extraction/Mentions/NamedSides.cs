using NegotiationTracker.Extraction.Lexicon;
using NegotiationTracker.Extraction.Text;

namespace NegotiationTracker.Extraction.Mentions;

/// <summary>
/// "the Azimio side", "the Kenya Kwanza camp", "the Jubbaland administration": a short capitalised name that no lexicon
/// knows, written as "the NAME noun" with a noun for one side's people or rule (the lexicon's <c>sideNouns</c>), is a
/// party of the page. A name the page also writes as a person's ("the Petrov team" beside "Ivan Petrov",
/// "President Petrov") is that person, and a city or a known party is no new side.
/// </summary>
internal static class NamedSides
{
    private const int MaxWords = 2;

    public static IEnumerable<string> Find(IReadOnlyList<Sentence> sentences, ExtractionLexicon lex)
    {
        HashSet<string>? personWords = null;
        foreach (var s in sentences)
        {
            var tokens = s.Tokens;
            for (var i = 0; i + 2 < tokens.Count; i++)
            {
                if (tokens[i].Key != "the") { continue; }
                var k = i + 1;
                while (k < tokens.Count && k - i <= MaxWords && IsNameWord(tokens[k], lex)) { k++; }
                // "the Central Tibetan Administration": a capitalised noun is part of the name, which the lexicon's head words read.
                if (k == i + 1 || k >= tokens.Count || tokens[k].IsCapitalized || !lex.SideNouns.Contains(tokens[k].Key) || Known(tokens, i + 1, k, lex)) { continue; }
                personWords ??= PersonWords(sentences, lex);
                if (personWords.Contains(tokens[k - 1].Key)) { continue; }
                var name = string.Join(' ', Enumerable.Range(i + 1, k - i - 1).Select(n => tokens[n].Text));
                // "the Maoist team" on a page that writes "the Maoists": the group's own plural names the side.
                yield return sentences.Any(o => o.Tokens.Any(t => t.Text == tokens[k - 1].Text + "s")) ? name + "s" : name;
            }
        }
    }

    private static bool IsNameWord(Token t, ExtractionLexicon lex) =>
        t.IsWord && t.IsCapitalized && t.Text.Length > 1 && t.Text == t.Bare && !lex.NotNames.Contains(t.Key) && !lex.GivenNames.Contains(t.Key)
        && !lex.TitleWords.Contains(t.Key) && !lex.Honorifics.Contains(t.Key) && !lex.OrganisationHeads.Contains(t.Key);

    /// <summary>
    /// Known parties spanning the whole name ("the Russian side", "the Afghan Taliban delegation"), a known party's name
    /// in another form ("the Maoist side" for the Maoists), or a city ("the Geneva team").
    /// </summary>
    private static bool Known(IReadOnlyList<Token> tokens, int from, int to, ExtractionLexicon lex)
    {
        var k = from;
        while (k < to && lex.PartyTerms.MatchAt(tokens, k) is { } party) { k += party.Length; }
        if (k >= to || lex.Cities.MatchAt(tokens, from) is not null) { return true; }
        var name = TextFold.Fold(string.Join(' ', Enumerable.Range(from, to - from).Select(n => tokens[n].Text)));
        return FoldedNames.GetValue(lex, l => [.. l.Parties.SelectMany(p => p.Aliases.Append(p.Name)).Select(TextFold.Fold)])
            .Any(a => a.StartsWith(name, StringComparison.Ordinal));
    }

    // Every known party's names, folded once per lexicon: a page may ask for each "the NAME side" it writes.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<ExtractionLexicon, string[]> FoldedNames = [];

    /// <summary>Words the page writes as a surname: after a given name or an office ("Ivan Petrov", "President Petrov", "President Ivo Petrov").</summary>
    private static HashSet<string> PersonWords(IReadOnlyList<Sentence> sentences, ExtractionLexicon lex)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var tokens in sentences.Select(s => s.Tokens))
        {
            for (var j = 1; j < tokens.Count; j++)
            {
                if (tokens[j].IsCapitalized && (lex.GivenNames.Contains(tokens[j - 1].Key) || lex.TitleHeads.Contains(tokens[j - 1].Key))) { words.Add(tokens[j].Key); }
                // "Prime Minister Mette Frederiksen": the surname of a two-word name right after an office, its given name unlisted.
                if (j > 1 && tokens[j].IsCapitalized && tokens[j - 1].IsCapitalized && lex.TitleHeads.Contains(tokens[j - 2].Key)
                    && !(j + 1 < tokens.Count && tokens[j + 1].IsWord && tokens[j + 1].IsCapitalized)) { words.Add(tokens[j].Key); }
            }
        }

        return words;
    }
}
