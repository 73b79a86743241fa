using System.Text.RegularExpressions;
using NegotiationTracker.Extraction.Lexicon;

namespace NegotiationTracker.Extraction.Text;

/// <summary>Splits text into words (with hyphens and apostrophes inside), numbers and punctuation.</summary>
public static partial class Tokenizer
{
    public static List<Token> Tokenize(string text, int offset = 0)
    {
        // Value matches and shared one-character strings: every article is tokenized whole, and a Match per
        // token was a tenth of all the extractor allocated (time the collector then takes from every stage).
        var tokens = new List<Token>((text.Length / 5) + 4);
        foreach (var m in TokenPattern().EnumerateMatches(text))
        {
            var value = m.Length == 1 && text[m.Index] < Ascii.Length ? Ascii[text[m.Index]] : text.Substring(m.Index, m.Length);
            tokens.Add(new Token(value, offset + m.Index, TextFold.Fold(TextFold.StripPossessive(value))));
        }

        return tokens;
    }

    private static readonly string[] Ascii = [.. Enumerable.Range(0, 128).Select(c => ((char)c).ToString())];

    // Dotted acronyms (U.S.), words with inner hyphens/apostrophes (cease-fire, Russia’s, the okina written ‘ in Ulufa‘alu), numbers (16.05.2025, 30, 4th), any other mark.
    // A capitalised word run into a footnote mark or a day ("Colonel Underwood7", "Robin de Peyer5 February 2018") ends before
    // its digits; a code ("COP27", "G7") keeps them. A surrogate pair (an emoji) is one token: split, its halves are invalid text.
    [GeneratedRegex(@"(?:\p{Lu}\.){2,}|\p{Lu}[\p{Ll}\p{M}]{2,}(?=\d{1,2}(?![\d\p{L}]))|\p{L}[\p{L}\p{M}\d]*(?:[-'’‘]\p{L}[\p{L}\p{M}\d]*)*(?:['’]s?)?|\d+(?:[.,:/]\d+)*(?:st|nd|rd|th)?|[\uD800-\uDBFF][\uDC00-\uDFFF]|[^\s\p{L}\d]")]
    private static partial Regex TokenPattern();
}
