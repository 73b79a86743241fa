using NegotiationTracker.Extraction.Lexicon;

namespace NegotiationTracker.Api.Common;

/// <summary>
/// Turns a user's filter text into a LIKE pattern over the stored folded keys (<c>|turkey|turkish|</c>),
/// so matching ignores case and diacritics and runs in SQL. LIKE's own wildcards are escaped.
/// </summary>
internal static class SearchText
{
    public const string Escape = "\\";

    /// <summary>Matches one whole key: <c>party=turkey</c> finds <c>|turkey|</c>.</summary>
    public static string WholeKey(string text) => $"%|{Escaped(text)}|%";

    /// <summary>Matches any part of a key: <c>name=medin</c> finds <c>|vladimir medinsky|</c>.</summary>
    public static string AnyPart(string text) => $"%{Escaped(text)}%";

    private static string Escaped(string text) =>
        TextFold.Fold(text.Trim()).Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal).Replace("|", string.Empty, StringComparison.Ordinal);
}
