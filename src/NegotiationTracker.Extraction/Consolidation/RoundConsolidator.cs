using NegotiationTracker.Extraction.Claims;
using NegotiationTracker.Extraction.Lexicon;

namespace NegotiationTracker.Extraction.Consolidation;

/// <summary>
/// Several articles describing one meeting give one round: claims meet on their parties and day,
/// or on their ordinal. Ordinals the text implies ("the last talks on May 16 and June 2" before a
/// "third round") come from the order of the dated rounds. Disagreeing venues become conflicts.
/// </summary>
internal static class RoundConsolidator
{
    public static (List<KbRound> Rounds, Dictionary<(string File, int Local), string> RoundOf, List<KbVenue> Venues) Consolidate(
        IReadOnlyList<ArticleClaims> articles, ExtractionLexicon lex, List<KbConflict> conflicts)
    {
        var groups = Group(articles.SelectMany(a => a.Rounds).ToList());
        NumberByOrder(groups);
        MergeNumberedIntoDated(groups);

        var rounds = new List<KbRound>();
        var roundOf = new Dictionary<(string, int), string>();
        var venues = new Dictionary<string, (KbVenue Venue, List<Evidence> Evidence)>(StringComparer.Ordinal);
        foreach (var g in groups.OrderBy(g => g.Date ?? DateOnly.MaxValue).ThenBy(g => g.Number ?? int.MaxValue))
        {
            var key = UniqueKey($"{g.Series}|{(g.Date is { } d ? d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : g.Number is { } n ? $"#{n}" : g.Claims[0].DateText ?? "undated")}", rounds);
            foreach (var c in g.Claims) { roundOf[(c.File, c.Local)] = key; }
            var city = g.Claims.Select(c => c.City).OfType<string>().ToList();
            var venueKey = VenueOf(g, key, city.Count > 0 ? Consolidator.Majority(city) : null, lex, venues, conflicts);
            var first = g.Claims.FirstOrDefault(c => c.Date == g.Date && c.DateText is not null) ?? g.Claims[0];
            var coarse = g.Date is null ? g.Claims.FirstOrDefault(c => c.CoarseDate is not null) : null;
            rounds.Add(new KbRound(key, g.Number, g.Date ?? coarse?.CoarseDate, g.Date is not null ? "day" : coarse?.Precision ?? "unknown", coarse?.DateText ?? first.DateText, venueKey,
                city.Count > 0 ? Consolidator.Majority(city) : null, [.. g.Claims[0].Negotiators.Order(StringComparer.Ordinal)],
                Consolidator.Distinct(g.Claims.SelectMany(c => c.Evidence)))
            {
                Outcomes = [.. g.Claims.SelectMany(c => c.Outcomes).GroupBy(o => TextFold.Fold(o.Text), StringComparer.Ordinal)
                    .Select(o => new KbOutcome(o.First().Text, Consolidator.Distinct(o.Select(x => x.Evidence))))],
            });
        }

        return (rounds, roundOf, [.. venues.Values.Select(v => v.Venue with { Evidence = Consolidator.Distinct(v.Evidence) }).OrderBy(v => v.Key, StringComparer.Ordinal)]);
    }

    /// <summary>Two rounds that nothing tells apart (both undated) still need distinct keys.</summary>
    private static string UniqueKey(string key, List<KbRound> rounds)
    {
        var unique = key;
        for (var n = 2; rounds.Any(r => r.Key == unique); n++) { unique = $"{key}|{n}"; }
        return unique;
    }

    private static string? VenueOf(RoundGroup g, string roundKey, string? city, ExtractionLexicon lex,
        Dictionary<string, (KbVenue Venue, List<Evidence> Evidence)> venues, List<KbConflict> conflicts)
    {
        var named = g.Claims.Where(c => c.Venue is not null)
            .GroupBy(c => TextFold.Fold(c.Venue!), StringComparer.Ordinal)
            .Select(v => (Key: v.Key, Names: v.Select(c => c.Venue!).ToList(), Evidence: v.SelectMany(c => c.VenueEvidence).ToList()))
            .OrderByDescending(v => v.Names.Count).ToList();
        foreach (var v in named)
        {
            var known = lex.KnownVenues.GetValueOrDefault(v.Key);
            var name = known?.Name ?? Consolidator.Majority(v.Names);
            var country = known?.CountryCode is { } code && lex.PartiesByCode.TryGetValue(code, out var p) ? p.Name : null;
            if (!venues.TryGetValue(v.Key, out var entry))
            {
                venues[v.Key] = entry = (new KbVenue(v.Key, name, known?.City ?? city, country, [], []), []);
            }

            entry.Evidence.AddRange(v.Evidence);
            var aliases = entry.Venue.Aliases.Concat(v.Names).Where(n => n != name).Distinct().Order(StringComparer.Ordinal).ToList();
            venues[v.Key] = (entry.Venue with { Aliases = aliases }, entry.Evidence);
        }

        if (named.Count > 1)
        {
            conflicts.Add(new KbConflict($"{roundKey}|venue", $"round {roundKey}", "venue",
                [.. named.Select(v => new KbClaim(venues[v.Key].Venue.Name, Consolidator.Distinct(v.Evidence)))]));
        }

        return named.Count > 0 ? named[0].Key : null;
    }

    private static List<RoundGroup> Group(List<RoundClaim> claims)
    {
        var groups = new List<RoundGroup>();
        foreach (var c in claims.OrderBy(c => c.Date is null))
        {
            var series = string.Join('|', c.Negotiators.Order(StringComparer.Ordinal));
            var g = groups.FirstOrDefault(g => g.Series == series && (
                (c.Date is not null && g.Date == c.Date)
                || (c.Date is null && c.Month is not null && g.Date is { } d && d.Month == c.Month && d.Day == c.Day)
                || (c.Date is null && c.Month is not null && g.Date is null && g.Claims.Any(x => x.Month == c.Month && x.Day == c.Day))
                || (c.Date is null && c.Month is null && c.Number is not null && g.Number == c.Number)
                || (c.Date is null && c.Month is null && c.Number is null && c.CoarseDate is not null && g.Date is null && g.Claims.Any(x => x.CoarseDate == c.CoarseDate))));
            if (g is null)
            {
                // A meeting with no day joins the series' only meeting, unless it was held in another city.
                if (c.Date is null && c.Month is null && c.Number is null && c.CoarseDate is null)
                {
                    g = groups.Where(x => x.Series == series).ToList() is [var only] && (c.City is null || only.Claims.All(x => x.City is null || x.City == c.City)) ? only : null;
                }

                if (g is null) { groups.Add(g = new RoundGroup(series) { Date = c.Date }); }
            }

            g.Claims.Add(c);
            g.Number ??= c.Number;
        }

        return groups;
    }

    /// <summary>When the explicit ordinals agree with the dated rounds' order, that order numbers the rest.</summary>
    private static void NumberByOrder(List<RoundGroup> groups)
    {
        foreach (var series in groups.Where(g => g.Date is not null).GroupBy(g => g.Series))
        {
            var ordered = series.OrderBy(g => g.Date).ToList();
            var offsets = ordered.Select((g, i) => g.Number is { } n ? n - (i + 1) : (int?)null).OfType<int>().Distinct().ToList();
            if (offsets is [var offset] && offset >= 0)
            {
                for (var i = 0; i < ordered.Count; i++) { ordered[i].Number ??= i + 1 + offset; }
            }
        }
    }

    private static void MergeNumberedIntoDated(List<RoundGroup> groups)
    {
        foreach (var undated in groups.Where(g => g.Date is null && g.Number is not null).ToList())
        {
            var target = groups.FirstOrDefault(g => g != undated && g.Series == undated.Series && g.Date is not null && g.Number == undated.Number);
            if (target is null) { continue; }
            target.Claims.AddRange(undated.Claims);
            groups.Remove(undated);
        }
    }

    private sealed class RoundGroup(string series)
    {
        public string Series { get; } = series;
        public DateOnly? Date { get; set; }
        public int? Number { get; set; }
        public List<RoundClaim> Claims { get; } = [];
    }
}
