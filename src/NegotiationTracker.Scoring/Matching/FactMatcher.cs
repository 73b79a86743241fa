using NegotiationTracker.Extraction.Consolidation;
using NegotiationTracker.Extraction.Lexicon;
using NegotiationTracker.Extraction.Text;

namespace NegotiationTracker.Scoring.Matching;

/// <summary>
/// When an extracted fact is the one a reader expected: parties by any lexicon alias, people by folded
/// spelling and transliteration, places and titles by folded words. Lenient on form, strict on substance.
/// </summary>
/// <param name="pageParties">The knowledge base's parties: one the extractor read from the page ("Liberians United for
/// Reconciliation and Democracy") is also called by its aliases ("LURD").</param>
public sealed class FactMatcher(ExtractionLexicon lex, IReadOnlyList<KbParty>? pageParties = null)
{
    private static readonly HashSet<string> Filler = ["the", "of", "'s", "s", "and", "for"];

    private readonly Dictionary<string, IReadOnlyList<string>> _aliases = (pageParties ?? [])
        .Where(p => lex.FindParty(p.Name) is null).ToDictionary(p => p.Name, p => p.Aliases, StringComparer.Ordinal);

    public string Party(string name) => lex.FindParty(name)?.Name ?? TextFold.Fold(name.Trim());

    public bool SameParty(string expected, string extracted) =>
        Party(expected) == Party(extracted) || (_aliases.TryGetValue(extracted, out var aliases) && aliases.Any(a => Party(a) == Party(expected)));

    public string Person(string name) => NameKey.Of(name.Trim(), lex);

    public bool SamePerson(IEnumerable<string> expectedSpellings, IEnumerable<string> extractedSpellings)
    {
        var keys = expectedSpellings.Select(Person).ToHashSet(StringComparer.Ordinal);
        return extractedSpellings.Any(s => keys.Contains(Person(s)));
    }

    /// <summary>Cities match by folded name or by the lexicon naming them the same city (Kiev = Kyiv).</summary>
    public bool SameCity(string expected, string extracted) => CityKey(expected) == CityKey(extracted);

    /// <summary>"Topkapı Palace" matches "Topkapi Palace" and "the Topkapi Palace in Istanbul".</summary>
    public static bool SameVenue(string expected, string extracted)
    {
        var e = Words(expected);
        var x = Words(extracted);
        return e.Length > 0 && x.Length > 0 && (Contains(x, e) || Contains(e, x));
    }

    /// <summary>A title matches one of the expected wordings ("A|B") once party words and fillers are set aside.</summary>
    public bool SameTitle(string expected, string extracted)
    {
        var x = TitleWords(extracted);
        return expected.Split('|').Any(e => TitleWords(e).SequenceEqual(x));
    }

    /// <summary>A title's words without the parties it names ("U.S. Secretary of State" → secretary, state).</summary>
    private string[] TitleWords(string title)
    {
        var tokens = Tokenizer.Tokenize(title);
        var words = new List<string>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (lex.PartyTerms.MatchAt(tokens, i, requireCapital: false) is { } party) { i += party.Length - 1; continue; }
            var w = TextFold.Fold(TextFold.StripPossessive(tokens[i].Text));
            if (w.Any(char.IsLetterOrDigit) && w != "the" && !Filler.Contains(w)) { words.Add(w); }
        }

        return [.. words];
    }

    private string CityKey(string city)
    {
        var tokens = Tokenizer.Tokenize(city);
        return tokens.Count > 0 && lex.Cities.MatchAt(tokens, 0, requireCapital: false) is { } hit && hit.Length == tokens.Count
            ? TextFold.Fold(hit.Value.Name)
            : TextFold.Fold(city.Trim());
    }

    private static string[] Words(string text) =>
        [.. Tokenizer.Tokenize(text).Select(t => TextFold.Fold(TextFold.StripPossessive(t.Text))).Where(w => w.Any(char.IsLetterOrDigit) && w != "the")];

    private static bool Contains(string[] hay, string[] needle)
    {
        for (var i = 0; i + needle.Length <= hay.Length; i++)
        {
            if (hay.AsSpan(i, needle.Length).SequenceEqual(needle)) { return true; }
        }

        return false;
    }
}
