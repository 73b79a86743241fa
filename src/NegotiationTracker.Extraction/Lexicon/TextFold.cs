using System.Globalization;
using System.Text;

namespace NegotiationTracker.Extraction.Lexicon;

/// <summary>Folds text for matching: lower case, no diacritics (Çavuşoğlu = Cavusoglu, Genève = geneve).</summary>
public static class TextFold
{
    public static string Fold(string text)
    {
        // Most words are plain ASCII: lower-casing is all the folding they need, without decomposing.
        if (IsPlainAscii(text)) { return text.ToLowerInvariant(); }
        var builder = new StringBuilder(text.Length);
        foreach (var c in Decompose(text))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            // Letters that carry their mark in the letter itself, not as a combining sign.
            builder.Append(c switch
            {
                'ı' => 'i',
                'ł' or 'Ł' => 'l',
                'ø' or 'Ø' => 'o',
                'đ' or 'Đ' => 'd',
                'ß' => 's',
                '’' or '‘' or '`' => '\'',
                '–' or '—' => '-',
                _ => char.ToLowerInvariant(c),
            });
        }

        return builder.ToString();
    }

    /// <summary>Canonical decomposition; text with a lone surrogate cannot be normalised and is folded as it is.</summary>
    private static string Decompose(string text) => IsWellFormed(text) ? text.Normalize(NormalizationForm.FormD) : text;

    private static bool IsWellFormed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { i++; }
            else if (char.IsSurrogate(text[i])) { return false; }
        }

        return true;
    }

    private static bool IsPlainAscii(string text)
    {
        foreach (var c in text)
        {
            if (c > 127 || c == '`') { return false; }
        }

        return true;
    }

    /// <summary>Strips an English possessive (<c>Russia’s</c> → <c>Russia</c>).</summary>
    public static string StripPossessive(string word) =>
        word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal) ? word[..^2]
        : word.EndsWith('\'') || word.EndsWith('’') ? word[..^1]
        : word;
}
