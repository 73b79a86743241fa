using NegotiationTracker.Extraction.Lexicon;

namespace NegotiationTracker.Extraction.Consolidation;

/// <summary>The matching key of a person's name: folded, then transliteration variants unified (Zelenski = Zelenskyy).</summary>
public static class NameKey
{
    public static string Of(string name, ExtractionLexicon lex)
    {
        var key = TextFold.Fold(name);
        foreach (var (from, to) in lex.Transliterations)
        {
            key = key.Replace(from, to, StringComparison.Ordinal);
        }

        return key;
    }
}
