using System.Globalization;
using System.Text.RegularExpressions;

namespace NegotiationTracker.Extraction.Articles;

/// <summary>
/// A saved page with no dateline may still carry the moment it was stamped, on a line of its own at
/// its foot or head: "20220328-032402". That day is the report's day; the stamp dates no event.
/// </summary>
internal static partial class SavedPageStamps
{
    public static DateOnly? Find(IReadOnlyList<string> lines)
    {
        foreach (var line in lines)
        {
            var m = Stamp().Match(line);
            if (m.Success && DateOnly.TryParseExact(m.Groups["day"].Value, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) { return day; }
        }

        return null;
    }

    [GeneratedRegex(@"^(?<day>(?:19|20)\d{6})-\d{6}$")]
    private static partial Regex Stamp();
}
