using System.Globalization;
using System.Text.RegularExpressions;

namespace NegotiationTracker.Extraction.Articles;

/// <summary>What the top of an article says about itself: its headline and its dateline date.</summary>
public sealed partial record ArticleHeader(string Title, DateOnly? PublishedOn)
{
    // How many leading non-empty lines may hold a dateline: news pages put it under the headline,
    // sometimes after a section label and a repeated title, never deep in the body.
    private const int DatelineSearchLines = 6;

    /// <summary>Reads the headline (the first non-empty line, quotes trimmed) and the dateline.</summary>
    public static ArticleHeader Parse(string text)
    {
        var lines = text.Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.Length > 0)
            .ToList();
        var title = lines.Count == 0 ? string.Empty : lines[0].Trim('"', '“', '”', '\'');
        return new ArticleHeader(title, FindDateline(lines.Take(DatelineSearchLines)));
    }

    private static DateOnly? FindDateline(IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            var match = NumericDate().Match(line);
            if (match.Success && TryDate(match, out var date))
            {
                return date;
            }
        }

        return null;
    }

    private static bool TryDate(Match match, out DateOnly date) =>
        DateOnly.TryParseExact(
            $"{match.Groups["d"].Value.PadLeft(2, '0')}.{match.Groups["m"].Value.PadLeft(2, '0')}.{match.Groups["y"].Value}",
            "dd.MM.yyyy",
            CultureInfo.InvariantCulture,
            DateTimeStyles.None,
            out date);

    // A day-first numeric date at the start of a line, as European news pages print datelines (16.05.2025).
    [GeneratedRegex(@"^(?<d>\d{1,2})[./](?<m>\d{1,2})[./](?<y>\d{4})\b")]
    private static partial Regex NumericDate();
}
