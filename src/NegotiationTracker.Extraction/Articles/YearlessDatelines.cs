using System.Globalization;
using System.Text.RegularExpressions;

namespace NegotiationTracker.Extraction.Articles;

/// <summary>
/// Datelines that give a day but no year, as wires and broadcasters print them: "YEREVAN, MAY 15, AGENCY.",
/// "ISTANBUL, June 2. /AGENCY/.", "KUALA LUMPUR, Malaysia, July 28 (AGENCY) –", "KUALA LUMPUR (AGENCY/05 December) –", "Kuala Lumpur, 22 June (A Writer) –", or a short line "16 May. 14:00 (UTC+3)"
/// or "Kathmandu, August 30".
/// A capitalised place before the day (or nothing, on a short line) tells them from a sentence opening with a date.
/// </summary>
internal static partial class YearlessDatelines
{
    // Any leap year: the year is unknown, and 29 February is a day a dateline may give.
    private const int LeapYear = 2024;

    // A short line that opens with a day is a dateline only when it holds little else (a time, a zone).
    private const int MaxBareLineLength = 40;

    public static (string Line, int End, int Month, int Day)? Find(IEnumerable<string> lines, Regex? credit = null)
    {
        foreach (var line in lines)
        {
            var m = WireDateline().Match(line);
            var offset = 0;
            // "(N.Z.P.A.-Reuter—Copyright) TEHERAN, February 3.": the wire's dateline after the agency's credit on its line.
            if (!m.Success && credit?.Match(line) is { Success: true, Length: > 0 } c && WireDateline().Match(line[c.Length..]) is { Success: true } after)
            {
                (m, offset) = (after, c.Length);
            }

            // "Talks Open in London LONDON, Jan. 14. At 10 Downing Street …": an old paper's subheading run into its dateline by OCR.
            if (!m.Success && Subheading().Match(line) is { Success: true, Length: > 0 } sub && WireDateline().Match(line[sub.Length..]) is { Success: true } dated)
            {
                (m, offset) = (dated, sub.Length);
            }

            if (!m.Success) { m = AgencyDateline().Match(line); }
            if (!m.Success) { m = BracketedCreditDateline().Match(line); }
            if (!m.Success && line.Length <= MaxBareLineLength) { m = BareDateline().Match(line); }
            if (!m.Success && line.Length <= MaxBareLineLength) { m = PlaceDateLine().Match(line); }
            if (!m.Success) { continue; }
            var name = m.Groups["mon"].Value;
            var month = DateTime.ParseExact(string.Concat(name[..1].ToUpperInvariant(), name[1..3].ToLowerInvariant()), "MMM", CultureInfo.InvariantCulture).Month;
            var day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
            if (day >= 1 && day <= DateTime.DaysInMonth(LeapYear, month)) { return (line, offset + m.Groups["date"].Index + m.Groups["date"].Length, month, day); }
        }

        return null;
    }

    private const string Date = @"(?<date>(?<mon>(?i:" + Dates.DateFinder.Months + @"))(?:\.\s*|\s+)(?<d>\d{1,2})|(?<d>\d{1,2})\s+(?<mon>(?i:" + Dates.DateFinder.Months + @"))\.?)";

    // An upper-case place, maybe a country after it, then the day and a mark that ends a dateline; or a place in any case
    // before its country in capitals ("Luanda, ANGOLA, January 29 -") or its region in brackets ("Manhasset (New York), Aug.10-").
    [GeneratedRegex(@"^(?:\p{Lu}[\p{Lu}\p{M} .'’-]+(?:,\s*\p{Lu}[\p{L}\p{M} .'’-]*)?|\p{Lu}[\p{L}\p{M} .'’-]+,\s*\p{Lu}{2}[\p{Lu}\p{M} .'’-]*|\p{Lu}[\p{L}\p{M} .'’-]+\s*\(\p{Lu}[\p{L}\p{M} .'’-]{1,30}\)),\s*" + Date + @"(?!\d)(?![,\s]+\d{4})\s*[.,(/–—-]")]
    private static partial Regex WireDateline();

    // "KUALA LUMPUR (Agency/05 December) –", "GENEVA (Agency, May 3) -": the day inside the agency's bracket.
    [GeneratedRegex(@"^\p{Lu}[\p{Lu}\p{M} .'’-]+\((?:[^()/,]{1,30}[/,]\s*)?" + Date + @"(?![,\s]+\d{4})\s*\)\s*[:–—-]")]
    private static partial Regex AgencyDateline();

    // Up to eight words of a subheading in title case (short joining words lower), then a place in capitals and a comma.
    [GeneratedRegex(@"^(?:(?:\p{Lu}[\p{L}’'-]*|in|on|to|of|for|and|at|the|a)\s+){1,8}?(?=\p{Lu}{2}[\p{Lu}\p{M} .'’-]*,)")]
    private static partial Regex Subheading();

    // "Kuala Lumpur, 22 June (A Writer) –", "Paris, June 5 (AFP) -": a place in title case, the day, a bracketed
    // credit (an agency or the writer) and a dash.
    [GeneratedRegex(@"^\p{Lu}[\p{Ll}\p{M}'’-]+(?:\s+\p{Lu}[\p{Ll}\p{M}'’-]+){0,2},\s*" + Date + @"(?![,\s]+\d{4})\s*\(\p{Lu}[^()]{0,39}\)\s*[–—-]")]
    private static partial Regex BracketedCreditDateline();

    [GeneratedRegex(@"^" + Date + @"(?![,\s]+\d{4})(?:[.,]?\s*\d{1,2}[:.]\d{2}\b.*|\s*)$")]
    private static partial Regex BareDateline();

    // "Kathmandu, August 30", "14:14 | Lima, Jun. 28.": a place in any case and the day, alone on a short line of its own
    // (after the site's clock).
    [GeneratedRegex(@"^(?:\d{1,2}:\d{2}\s*\|\s*)?\p{Lu}[\p{L}\p{M} .'’-]+,\s*" + Date + @"\.?\s*$")]
    private static partial Regex PlaceDateLine();
}
