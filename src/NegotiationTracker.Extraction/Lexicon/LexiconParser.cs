using System.Text.Json;
using System.Text.RegularExpressions;

namespace NegotiationTracker.Extraction.Lexicon;

/// <summary>
/// Builds the <see cref="ExtractionLexicon"/> from the lexicon files' texts (no I/O here: the caller
/// reads them). A missing or malformed file raises a <see cref="LexiconException"/> naming it.
/// </summary>
public static class LexiconParser
{
    public const string Countries = "lexicon/countries.json";
    public const string Cities = "lexicon/cities.json";
    public const string Titles = "lexicon/titles.json";
    public const string Venues = "lexicon/venues.json";
    public const string Names = "lexicon/names.json";
    public const string Cues = "lexicon/cues.json";
    public const string Demands = "lexicon/demands.json";
    public const string Page = "lexicon/page.json";

    public static readonly IReadOnlyList<string> RequiredFiles = [Countries, Cities, Titles, Venues, Names, Cues, Demands, Page];

    // Compiled: an import runs each pattern on every sentence of every article, and the parsed lexicon is cached while its files are unchanged.
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled;

    public static ExtractionLexicon Parse(IReadOnlyDictionary<string, string> files)
    {
        var countries = Read<CountriesFile>(files, Countries);
        var cities = Read<CitiesFile>(files, Cities);
        var titles = Read<TitlesFile>(files, Titles);
        var venues = Read<VenuesFile>(files, Venues);
        var names = Read<NamesFile>(files, Names);
        var cues = Read<CuesFile>(files, Cues);
        var demands = Read<DemandsFile>(files, Demands);
        var page = Read<PageFile>(files, Page);

        var (parties, partyTerms) = PartyLexicon.Build(countries);
        return new ExtractionLexicon
        {
            Parties = parties,
            PartyTerms = partyTerms,
            PartiesByCode = parties.Where(p => !p.IsOrganisation).GroupBy(p => p.Code).ToDictionary(g => g.Key, g => g.First()),
            Cities = BuildCities(cities),
            TitleHeads = FoldSet(titles.Heads.Where(h => h.Trim().Length > 0).Select(h => h.Split(" ", StringSplitOptions.RemoveEmptyEntries)[^1])),
            // Only the capitalised words of multi-word heads ("Minister of State"): "of" joins titles, it is no title word.
            TitleWords = FoldSet(titles.Words.Concat(titles.Heads.SelectMany(h => h.Split(" ", StringSplitOptions.RemoveEmptyEntries)).Where(w => char.IsUpper(w[0])))),
            LowercaseTitleHeads = FoldSet(titles.LowercaseHeads),
            LowercaseTitleWords = FoldSet(titles.LowercaseWords ?? []),
            LeaderTitles = FoldSet(titles.Leaders),
            Honorifics = FoldSet(titles.Honorifics.Select(h => h.TrimEnd('.'))),
            VenueWords = FoldSet(venues.Words),
            VenuePrefixes = FoldSet(venues.PrefixWords ?? []),
            KnownVenues = BuildKnownVenues(venues),
            Transliterations = names.Transliterations.Where(p => p.Count == 2).Select(p => (p[0], p[1])).ToList(),
            NameParticles = new HashSet<string>(names.Particles, StringComparer.Ordinal),
            NotNames = FoldSet(names.NotNames),
            MeetingWords = FoldSet(cues.MeetingWords),
            TalkNouns = FoldSet(cues.TalkNouns),
            NotMeeting = AnyWord(cues.NotMeetingWords),
            PastTenseWords = FoldSet(cues.PastTenseWords),
            OriginWords = FoldSet(cues.OriginWords),
            PlaceWords = FoldSet(cues.PlaceWords),
            NotMeetingMonthWords = FoldSet(cues.NotMeetingMonthWords),
            Ordinals = cues.Ordinals.ToDictionary(kv => kv.Key.ToLowerInvariant(), kv => kv.Value),
            RoundNouns = FoldSet(cues.RoundNouns),
            FirstMeetingNouns = FoldSet(cues.FirstMeetingNouns),
            NewSeriesGap = Compile(Cues, cues.NewSeriesGap),
            HeadPatterns = cues.HeadPatterns.Select(p => Compile(Cues, p)).ToList(),
            MemberPatterns = cues.MemberPatterns.Select(p => Compile(Cues, p)).ToList(),
            DelegationNouns = cues.DelegationNouns,
            TeamOfParty = TeamOfParty(cues.DelegationNouns),
            HeadListPatterns = cues.HeadListPatterns.Select(p => Compile(Cues, p)).ToList(),
            MeetingBetweenPeople = AnyWord(cues.PrincipalCues),
            MediatorWords = FoldSet(cues.MediatorWords),
            ObserverWords = FoldSet(cues.ObserverWords),
            Presence = AnyWord(cues.PresenceWords),
            ClauseBreak = new Regex(string.Join('|', cues.ClauseBreaks.Select(Regex.Escape)), RegexOptions.Compiled | RegexOptions.CultureInvariant),
            Negation = AnyWord(cues.Negations),
            SpeechVerbs = FoldSet(cues.SpeechVerbs),
            OutcomePatterns = cues.OutcomePatterns.Select(p => Compile(Cues, p)).ToList(),
            Page = new PageLexicon(AnyPattern(Page, page.BoilerplateLines), AnyPattern(Page, page.CaptionMarks), page.BulletMarks),
            DemandCues = demands.Cues.Select(c => new DemandCue(Compile(Demands, c.Pattern), c.Agent, c.Fallback)).ToList(),
            DemandTopics = demands.Topics.Select(t => new DemandTopic(t.Category, t.Label, Compile(Demands, $@"\b(?:{string.Join('|', t.Terms)})\b"))).ToList(),
        };
    }

    private static T Read<T>(IReadOnlyDictionary<string, string> files, string name)
    {
        if (!files.TryGetValue(name, out var text))
        {
            throw new LexiconException(name, "The lexicon file is missing.");
        }

        try
        {
            return JsonSerializer.Deserialize<T>(text, LexiconJson.Options) ?? throw new LexiconException(name, "The file holds no JSON object.");
        }
        catch (JsonException e)
        {
            throw new LexiconException(name, $"Malformed JSON: {e.Message}");
        }
    }

    private static Regex Compile(string file, string pattern)
    {
        try
        {
            return new Regex(pattern, Options, TimeSpan.FromSeconds(1));
        }
        catch (ArgumentException e)
        {
            throw new LexiconException(file, $"Bad pattern '{pattern}': {e.Message}");
        }
    }

    private static PhraseMatcher<City> BuildCities(CitiesFile file)
    {
        var matcher = new PhraseMatcher<City>();
        foreach (var entry in file.Cities)
        {
            var city = new City(entry.Name, entry.Country);
            foreach (var name in (entry.Aliases ?? []).Prepend(entry.Name)) { matcher.Add(name, city); }
        }

        return matcher;
    }

    private static Dictionary<string, KnownVenue> BuildKnownVenues(VenuesFile file)
    {
        var known = new Dictionary<string, KnownVenue>(StringComparer.Ordinal);
        foreach (var entry in file.Known ?? [])
        {
            var venue = new KnownVenue(entry.Name, entry.City, entry.Country);
            foreach (var name in (entry.Aliases ?? []).Prepend(entry.Name)) { known[TextFold.Fold(name)] = venue; }
        }

        return known;
    }

    /// <summary>"⟨C0⟩'s delegation", "the ⟨C1⟩ negotiating team", "the delegation of ⟨C0⟩": a team noun of the lexicon with its party.</summary>
    private static Regex TeamOfParty(IEnumerable<string> nouns)
    {
        var noun = string.Join('|', nouns.OrderByDescending(n => n.Length).Select(n => Regex.Escape(n).Replace("\\ ", "\\s+", StringComparison.Ordinal)));
        return new Regex($@"⟨C(?<c>\d+)⟩(?:['’]s)?\s+(?:[a-z-]+\s+){{0,2}}?(?:{noun})\b|\b(?:{noun})\s+(?:of|from)\s+(?:the\s+)?⟨C(?<c>\d+)⟩", Options);
    }

    /// <summary>One pattern matching any of the patterns; each is checked alone first, so a bad one is named.</summary>
    private static Regex AnyPattern(string file, IReadOnlyList<string> patterns)
    {
        foreach (var p in patterns) { Compile(file, p); }
        return Compile(file, string.Join('|', patterns.Select(p => $"(?:{p})")));
    }

    /// <summary>One pattern matching any of the words or phrases as whole words.</summary>
    private static Regex AnyWord(IEnumerable<string> words) =>
        new($@"\b(?:{string.Join('|', words.Select(Regex.Escape))})\b", Options);

    private static HashSet<string> FoldSet(IEnumerable<string> words) => new(words.Select(TextFold.Fold), StringComparer.Ordinal);
}
