using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace NegotiationTracker.Data.Search;

/// <summary>
/// What a word is to the search (a run of letters, digits and marks) and how text is folded for it. Every
/// fold maps one character to one, so an offset in folded text is the same offset in the sentence.
/// </summary>
public static partial class SearchWords
{
    [GeneratedRegex(@"[\p{L}\p{N}\p{M}]+")]
    public static partial Regex Pattern();

    /// <summary>Only the letters that are no letter-plus-accent to Unicode (the tokenizer of SQLite's index folds the rest).</summary>
    public static string FoldExtra(string text) => EvidenceIndex.ExtraFolds.Aggregate(text, (t, f) => t.Replace(f.From, f.To));

    /// <summary>Case, diacritics and the extra letters: <c>Kırıkkale</c> becomes <c>kirikkale</c>, with the same length.</summary>
    public static string FoldFully(string text)
    {
        var folded = new StringBuilder(FoldExtra(text));
        for (var i = 0; i < folded.Length; i++)
        {
            var c = folded[i];
            if (c < 128 || char.IsSurrogate(c)) { folded[i] = char.ToLowerInvariant(c); continue; }
            var bare = c.ToString().Normalize(NormalizationForm.FormD)[0];
            folded[i] = char.ToLowerInvariant(CharUnicodeInfo.GetUnicodeCategory(bare) == UnicodeCategory.NonSpacingMark ? c : bare);
        }

        return folded.ToString();
    }
}
