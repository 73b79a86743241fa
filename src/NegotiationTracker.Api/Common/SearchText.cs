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

    /// <summary>Matches any part of a key: <c>name=mirzo</c> finds <c>|ararat mirzoyan|</c>.</summary>
    public static string AnyPart(string text) => $"%{Escaped(text)}%";

    /// <summary>Matches a file name in an entity's <c>Sources</c> (<c>|a.txt|b.txt|</c>), exactly as written.</summary>
    public static string Source(string file) => $"%|{EscapeLike(file)}|%";

    /// <summary>The text as a stored key is written: folded, no separator.</summary>
    public static string Folded(string text) => TextFold.Fold(text.Trim()).Replace("|", string.Empty, StringComparison.Ordinal);

    private static string Escaped(string text) => EscapeLike(Folded(text));

    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
