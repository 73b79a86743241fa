using System.Globalization;
using System.Text;
using System.Text.Json;

namespace NegotiationTracker.Bench;

/// <summary>
/// Writes N realistic articles by recombining sentence patterns with countries, capitals, titles,
/// venues and cities from the lexicon files. Deterministic from the seed, so runs are comparable.
/// Several articles describe the same round of the same talks, as real coverage does.
/// </summary>
internal sealed class CorpusGenerator(string lexiconDirectory, int seed)
{
    private static readonly string[] Ordinals = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth"];
    private static readonly string[] Syllables = ["al", "an", "ar", "bo", "da", "el", "en", "ga", "ha", "ia", "ka", "ko", "la", "li", "ma", "mi", "na", "no", "ra", "ri", "sa", "so", "ta", "to", "va", "vi", "za"];
    private static readonly string[] NegotiatorTitles = ["Foreign Minister", "Deputy Foreign Minister", "Defence Minister", "Security Council Secretary", "Special Envoy", "Deputy Defence Minister", "Chief of General Staff", "presidential aide"];
    private readonly Random _random = new(seed);

    public async Task WriteAsync(string outDirectory, int count)
    {
        var countries = ReadCountries();
        var cities = ReadList("cities.json", "cities");
        var venues = ReadList("venues.json", "known");
        Directory.CreateDirectory(outDirectory);
        var lexicon = Path.Combine(outDirectory, "lexicon");
        Directory.CreateDirectory(lexicon);
        foreach (var file in Directory.EnumerateFiles(lexiconDirectory)) { File.Copy(file, Path.Combine(lexicon, Path.GetFileName(file)), overwrite: true); }

        var series = Enumerable.Range(0, Math.Max(1, count / 10)).Select(_ => NewSeries(countries, cities, venues)).ToList();
        for (var i = 0; i < count; i++)
        {
            var talks = series[_random.Next(series.Count)];
            var round = _random.Next(talks.Rounds);
            await File.WriteAllTextAsync(Path.Combine(outDirectory, $"gen_{i:D5}.txt"), Article(talks, round), Encoding.UTF8);
        }
    }

    private Series NewSeries(List<Country> countries, List<string> cities, List<string> venues)
    {
        var a = countries[_random.Next(countries.Count)];
        Country b;
        do { b = countries[_random.Next(countries.Count)]; } while (b.Name == a.Name);
        Country m;
        do { m = countries[_random.Next(countries.Count)]; } while (m.Name == a.Name || m.Name == b.Name);
        return new Series(a, b, m, cities[_random.Next(cities.Count)], venues[_random.Next(venues.Count)],
            new DateOnly(2020 + _random.Next(6), 1 + _random.Next(12), 1 + _random.Next(28)), 2 + _random.Next(5),
            [Person(), Person(), Person()], [Person(), Person(), Person()], Person());
    }

    private string Article(Series t, int round)
    {
        var date = t.Start.AddDays(round * 21);
        var published = date.AddDays(-_random.Next(0, 4));
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{t.A.Name} and {t.B.Name} hold {Ordinals[round]} round of talks in {t.City}").AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"{published:dd.MM.yyyy} {2 + _random.Next(5)} Mins Read").AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"{t.A.Demonym} and {t.B.Demonym} officials will meet in {t.City} on {date.DayOfWeek} for the {Ordinals[round]} round of peace talks.");
        text.AppendLine(CultureInfo.InvariantCulture, $"The meeting will take place at the {t.Venue}, with {t.M.Name} acting as mediator.");
        text.AppendLine(CultureInfo.InvariantCulture, $"The {t.A.Demonym} delegation will be led by {Pick(NegotiatorTitles)} {t.TeamA[0]}. It will also include {Pick(NegotiatorTitles)} {t.TeamA[1]} and {Pick(NegotiatorTitles)} {t.TeamA[2]}.");
        text.AppendLine(CultureInfo.InvariantCulture, $"{t.B.Name}'s team will be headed by {t.TeamB[0]}, the country's {Pick(NegotiatorTitles)}.");
        text.AppendLine(CultureInfo.InvariantCulture, $"{t.M.Demonym} Foreign Minister {t.Mediator} said the talks were an opportunity to agree on a ceasefire.");
        text.AppendLine(CultureInfo.InvariantCulture, $"{t.A.Capital} insists on a lasting ceasefire and a prisoner exchange, while {t.B.Name} has demanded that {t.A.Name} withdraw its troops from the border regions.");
        text.AppendLine(CultureInfo.InvariantCulture, $"Dr. {Person()}, an analyst at the Institute of International Studies, said expectations remain low.");
        text.AppendLine(CultureInfo.InvariantCulture, $"A summit of regional leaders is scheduled for {date.AddDays(40):MMMM d}.");
        return text.ToString();
    }

    private string Person() => $"{Name()} {Name()}ov";

    private string Name()
    {
        var word = string.Concat(Enumerable.Range(0, 2 + _random.Next(2)).Select(_ => Syllables[_random.Next(Syllables.Length)]));
        return char.ToUpperInvariant(word[0]) + word[1..];
    }

    private string Pick(string[] items) => items[_random.Next(items.Length)];

    private List<Country> ReadCountries()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(lexiconDirectory, "countries.json")));
        return [.. doc.RootElement.GetProperty("countries").EnumerateArray()
            .Where(c => c.GetProperty("demonyms").GetArrayLength() > 0 && c.GetProperty("capitals").GetArrayLength() > 0)
            .Select(c => new Country(c.GetProperty("name").GetString()!, c.GetProperty("demonyms")[0].GetString()!, c.GetProperty("capitals")[0].GetString()!))];
    }

    private List<string> ReadList(string file, string property)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(lexiconDirectory, file)));
        return [.. doc.RootElement.GetProperty(property).EnumerateArray().Select(e => e.GetProperty("name").GetString()!)];
    }

    private sealed record Country(string Name, string Demonym, string Capital);

    private sealed record Series(Country A, Country B, Country M, string City, string Venue, DateOnly Start, int Rounds,
        string[] TeamA, string[] TeamB, string Mediator);
}
