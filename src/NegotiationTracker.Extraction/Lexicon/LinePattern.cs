using System.Text.RegularExpressions;

namespace NegotiationTracker.Extraction.Lexicon;

/// <summary>
/// A list of line patterns from the page lexicon, matched as one: those anchored at the line's start ("^share") and
/// those that may match anywhere ("\bcookies\b … accept") are two patterns, not one alternation. Joined, a single
/// floating branch made the engine try every branch at every position of every line; apart, the anchored ones are
/// tried at the start only and each floating one keeps its own fast search for its first letters.
/// </summary>
public sealed class LinePattern(Regex? anchored, Regex? floating)
{
    public bool IsMatch(string line) => (anchored?.IsMatch(line) ?? false) || (floating?.IsMatch(line) ?? false);

    /// <summary>Whether a pattern is tried only at the start of a line (it opens with "^").</summary>
    internal static bool IsAnchored(string pattern) => pattern.StartsWith('^');
}
