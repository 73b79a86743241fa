namespace NegotiationTracker.Extraction.Lexicon;

/// <summary>How to tell page furniture from the report (from <c>lexicon/page.json</c>).</summary>
/// <param name="Boilerplate">Any boilerplate line pattern.</param>
/// <param name="Caption">Any photo-caption or credit pattern.</param>
/// <param name="Bullets">Marks that open a list item.</param>
/// <param name="NotHeadline">Section labels, breadcrumbs and date-only lines: never a page's headline.</param>
/// <param name="NotDateline">Lines whose date is the outlet's, not the report's (a masthead's founding date).</param>
public sealed record PageLexicon(LinePattern Boilerplate, LinePattern Caption, IReadOnlyList<string> Bullets, LinePattern NotHeadline, LinePattern NotDateline)
{
    /// <summary>An agency's credit that may open the line before a wire's dateline ("(N.Z.P.A.-Reuter—Copyright) TEHERAN, February 3.").</summary>
    public System.Text.RegularExpressions.Regex? DatelineCredit { get; init; }

    /// <summary>Whether a trimmed line may be the headline: words that are no page furniture, section label or bare date.</summary>
    public bool MayBeHeadline(string line) =>
        line.Any(char.IsLetter) && !Boilerplate.IsMatch(line) && !Caption.IsMatch(line) && !NotHeadline.IsMatch(line) && !IsProse(line);

    /// <summary>
    /// A page copied from its body on opens with a paragraph: a line longer than any headline that ends a sentence, or one
    /// half as long again whatever its end (a stop moved to the next line).
    /// </summary>
    private static bool IsProse(string line) => line.Length > LongestHeadline && (line.TrimEnd().EndsWith('.') || line.Length > LongestHeadline * 3 / 2);

    // A headline is one short line; a first line this long that ends a sentence is a paragraph, the report's lead.
    private const int LongestHeadline = 200;
}
