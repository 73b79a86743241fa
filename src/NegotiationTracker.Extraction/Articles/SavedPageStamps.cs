using System.Globalization;
using System.Text.RegularExpressions;

namespace NegotiationTracker.Extraction.Articles;

/// <summary>
/// A saved page with no dateline may still carry the moment it was stamped, on a line of its own at
/// its foot or head: "20220328-032402", an archive's citation of the paper's issue ("Press, Volume LXXXVIII,
/// Issue 26671, 4 March 1952, Page 7") or an agency's bracketed credit ("(Xinhua News Agency February 24, 2004)"). That day is the report's day; the stamp dates no event.
/// </summary>
internal static partial class SavedPageStamps
{
    public static DateOnly? Find(IReadOnlyList<string> lines)
    {
        foreach (var line in lines)
        {
            var m = Stamp().Match(line);
            if (m.Success && DateOnly.TryParseExact(m.Groups["day"].Value, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) { return day; }
            var cited = Citation().Match(line);
            if (cited.Success && DateOnly.TryParseExact(cited.Groups["day"].Value, ["d MMMM yyyy", "d MMM yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var issue)) { return issue; }
            var credit = Credit().Match(line);
            if (credit.Success && DateOnly.TryParseExact(credit.Groups["day"].Value, ["MMMM d, yyyy", "MMM d, yyyy", "MMM. d, yyyy", "d MMMM yyyy", "d MMM yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var credited)) { return credited; }
        }

        return null;
    }

    /// <summary>"(Xinhua News Agency February 24, 2004)": an agency's bracketed credit with its day, on a line of its own.</summary>
    public static bool IsCredit(string line) => Credit().IsMatch(line);

    [GeneratedRegex(@"^(?<day>(?:19|20)\d{6})-\d{6}$")]
    private static partial Regex Stamp();

    // An agency's credit with its day, in brackets on a line of its own under the story: "(Xinhua News Agency February 24, 2004)".
    [GeneratedRegex(@"^\(\p{Lu}[\p{L}'’ .&-]*?\s+(?<day>\p{L}+\.?\s+\d{1,2},\s+\d{4}|\d{1,2}\s+\p{L}+\s+\d{4})\)$")]
    private static partial Regex Credit();

    // The issue an archive cites under its scan: a paper's name, volume and issue, the day, the page.
    [GeneratedRegex(@"^\p{Lu}[\p{L}'’ .-]*,\s+(?:Volume\s+[IVXLCDM\d]+,\s+Issue\s+\d+,\s+)?(?<day>\d{1,2}\s+\p{L}+\s+\d{4}),\s+Page\s+\d+$")]
    private static partial Regex Citation();
}
