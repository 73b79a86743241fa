using NegotiationTracker.Extraction.Lexicon;
using NegotiationTracker.Extraction.Text;

namespace NegotiationTracker.Extraction.Mentions;

// Plural offices: one office written before a list of names ("party leaders A and B"), two offices joined by "and", and the
// parties of joined plural offices taken in turn.
internal static partial class TitleReader
{
    /// <summary>
    /// "Police Minister and Bougainville regional MP": two offices joined by "and", each with its own head word, are two
    /// titles; "Minister of Water and Energy" is one. A person with no title still makes one claim (a null title).
    /// </summary>
    public static IEnumerable<string?> Offices(string? title, ExtractionLexicon lex)
    {
        var and = title?.IndexOf(" and ", StringComparison.Ordinal) ?? -1;
        if (title is null || and < 0) { return [title]; }
        var (first, second) = (title[..and], title[(and + 5)..]);
        return HasHead(first, lex) && HasHead(second, lex) ? [first, second] : [title];
    }

    private static bool HasHead(string part, ExtractionLexicon lex) => Tokenizer.Tokenize(part).Any(t => IsHead(t, lex));

    /// <summary>
    /// "Armenian and Azerbaijani Foreign Ministers A and B": parties joined before a plural office are the names'
    /// in turn; the party at <paramref name="position"/> is the one of the name that many places after the first.
    /// </summary>
    public static Party? Respective(SentenceMentions s, int firstName, int position, ExtractionLexicon lex)
    {
        var tokens = s.Sentence.Tokens;
        var k = firstName - 1;
        var plural = false;
        while (k >= 0 && s.PartyAt(k) is null && (IsTitleWord(tokens[k], lex) || IsPluralHead(tokens[k], lex)))
        {
            plural |= IsPluralHead(tokens[k], lex);
            k--;
        }

        var parties = new List<Party>();
        while (plural && k >= 0 && s.PartyAt(k) is { Party.IsOrganisation: false } p && p.End == k + 1)
        {
            parties.Insert(0, p.Party);
            k = p.Index - 1;
            if (k < 1 || tokens[k].Text is not ("and" or ",")) { break; }
            k--;
        }

        return parties.Count >= 2 && position < parties.Count ? parties[position] : null;
    }

    public static bool IsPluralHead(Token t, ExtractionLexicon lex) => t.IsWord && SingularHead(t.Key, lex) is not null;

    /// <summary>A word of a title already read ("Ministers") that is a plural head.</summary>
    public static bool IsPluralHead(string word, ExtractionLexicon lex) => SingularHead(TextFold.Fold(word), lex) is not null;

    /// <summary>
    /// The singular of a plural head word by the lexicon's plural endings ("leaders", "secretaries", "chairmen"), with
    /// how many letters the two share; null for any other word.
    /// </summary>
    private static (string One, int Stem)? SingularHead(string key, ExtractionLexicon lex)
    {
        foreach (var (plural, singular) in lex.PluralEndings)
        {
            if (key.Length <= plural.Length + 2 || !key.EndsWith(plural, StringComparison.Ordinal)) { continue; }
            var one = key[..^plural.Length] + singular;
            return lex.TitleHeads.Contains(one) || lex.LowercaseTitleHeads.Contains(one) ? (one, key.Length - plural.Length) : null;
        }

        return null;
    }

    /// <summary>"Party Leaders" before two names is each one's "Party Leader": every plural head word made singular, its case kept.</summary>
    public static string Singular(string title, ExtractionLexicon lex)
    {
        var words = title.Split(' ');
        // "secretary-general of the Organization of American States": what an office is of keeps its own number.
        var of = Array.FindIndex(words, w => lex.TitleObjectWords.Contains(w));
        return string.Join(' ', words.Select((w, k) =>
        {
            var key = TextFold.Fold(w);
            // The written word keeps its case; one whose folding changed its length is left as written.
            return (of < 0 || k < of) && SingularHead(key, lex) is { } singular && key.Length == w.Length ? w[..singular.Stem] + singular.One[singular.Stem..] : w;
        }));
    }
}
