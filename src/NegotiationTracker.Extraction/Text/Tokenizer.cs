using System.Text.RegularExpressions;
using NegotiationTracker.Extraction.Lexicon;

namespace NegotiationTracker.Extraction.Text;

/// <summary>Splits text into words (with hyphens and apostrophes inside), numbers and punctuation.</summary>
public static partial class Tokenizer
{
    public static List<Token> Tokenize(string text, int offset = 0)
    {
        var tokens = new List<Token>();
        foreach (Match m in TokenPattern().Matches(text))
        {
            tokens.Add(new Token(m.Value, offset + m.Index, TextFold.Fold(TextFold.StripPossessive(m.Value))));
        }

        return tokens;
    }

    // Dotted acronyms (U.S.), words with inner hyphens/apostrophes (cease-fire, Russia’s), numbers (16.05.2025, 30, 4th), any other mark.
    // A surrogate pair (an emoji) is one token: split, its halves are invalid text.
    [GeneratedRegex(@"(?:\p{Lu}\.){2,}|\p{L}[\p{L}\p{M}\d]*(?:[-'’]\p{L}[\p{L}\p{M}\d]*)*(?:['’]s?)?|\d+(?:[.,:/]\d+)*(?:st|nd|rd|th)?|[\uD800-\uDBFF][\uDC00-\uDFFF]|[^\s\p{L}\d]")]
    private static partial Regex TokenPattern();
}
