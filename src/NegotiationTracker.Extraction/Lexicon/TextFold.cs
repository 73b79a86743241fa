using System.Globalization;
using System.Text;

namespace NegotiationTracker.Extraction.Lexicon;

/// <summary>Folds text for matching: lower case, no diacritics (Erdoğan = Erdogan, Çırağan = Ciragan).</summary>
public static class TextFold
{
    public static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
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

    /// <summary>Strips an English possessive (<c>Russia’s</c> → <c>Russia</c>).</summary>
    public static string StripPossessive(string word) =>
        word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal) ? word[..^2]
        : word.EndsWith('\'') || word.EndsWith('’') ? word[..^1]
        : word;
}
