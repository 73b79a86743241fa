using NegotiationTracker.Extraction.Dates;
using NegotiationTracker.Extraction.Lexicon;
using NegotiationTracker.Extraction.Mentions;

namespace NegotiationTracker.Extraction.Claims;

/// <summary>
/// Where each dated meeting of a sentence was held. A sentence may list several ("Muscat hosted the
/// first round on April 12; Rome the second on April 19"): each date owns the stretch of text from the
/// date before it to the date after it, and the city nearest before it there (else after it) is its
/// place. Dates joined by "and" share a place ("the third and fourth rounds on April 26 and May 11").
/// </summary>
internal static partial class MeetingPlaces
{
    /// <param name="datelineEnd">Where the article's dateline ends: a city there is where the report was filed ("SEOUL, June 1 (Xinhua) --").</param>
    public static List<string?> CitiesFor(SentenceMentions s, IReadOnlyList<DateMention> dates, ExtractionLexicon lex, int datelineEnd = 0)
    {
        var all = s.Cities.Where(c => !IsOrigin(s, c.Index, lex) && !IsMetonym(s, c.Index, lex) && !NamesAnEvent(s, c.Index, lex) && !LocatesAnother(s, c.Index)).ToList();
        // The filing city is the meeting's only when the sentence places it nowhere else ("PUTRAJAYA, July 28 (TNA) – After talks hosted by Malaysia").
        var filedFrom = all.Where(c => s.Sentence.Tokens[c.Index].Start < datelineEnd || AgencyDateline(s, c.Index)).Select(c => c.City.Name).FirstOrDefault();
        var cities = all.Where(c => s.Sentence.Tokens[c.Index].Start >= datelineEnd && !AgencyDateline(s, c.Index))
            .Select(c => (Name: (string?)c.City.Name, Offset: s.Sentence.Tokens[c.Index].Start - s.Sentence.Start))
            .Concat(PlacedCountries(s, lex)).OrderBy(c => c.Offset).ToList();
        var result = new List<string?>();
        for (var k = 0; k < dates.Count; k++)
        {
            var from = k == 0 ? 0 : dates[k - 1].Offset + dates[k - 1].Text.Length;
            var to = k + 1 < dates.Count ? dates[k + 1].Offset : s.Sentence.Text.Length;
            var at = dates[k].Offset;
            var end = at + dates[k].Text.Length;
            var before = cities.LastOrDefault(c => c.Offset >= from && c.Offset < at);
            var after = cities.FirstOrDefault(c => c.Offset > at && c.Offset < to);
            var joined = k > 0 && Joined(s.Sentence.Text[from..at]);
            // "reached on February 27 in Brussels": a place written right after its date is that date's, whatever came before.
            var right = after.Name is not null && RightAfter(s.Sentence.Text[end..Math.Max(end, after.Offset)], lex) ? after.Name : null;
            // "met in Belarus on February 28": a country placed before the date is the place; a city further on is another meeting's.
            result.Add(joined ? result[k - 1] : right ?? (before != default ? before.Name : after.Name ?? (k == 0 && before == default ? cities.FirstOrDefault(c => c.Name is not null).Name ?? filedFrom : null)));
        }

        return result;
    }

    /// <summary>"in Belarus", "to Qatar": a country by its name after a place word, placing a meeting without a city (a null name).</summary>
    private static IEnumerable<(string? Name, int Offset)> PlacedCountries(SentenceMentions s, ExtractionLexicon lex) =>
        s.Parties.Where(p => p.Kind == PartyTermKind.Name && !p.Party.IsOrganisation && p.Index > 0 && lex.PlaceWords.Contains(s.Sentence.Tokens[p.Index - 1].Key)
                && !s.Cities.Any(c => c.Index == p.Index))
            .Select(p => ((string?)null, s.Sentence.Tokens[p.Index].Start - s.Sentence.Start));

    private static bool RightAfter(string between, ExtractionLexicon lex)
    {
        var words = between.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 1 && lex.PlaceWords.Contains(words[0].ToLowerInvariant());
    }

    /// <summary>"April 26 and May 11", "January 23–24 and February 4–5": nothing but a joining word between two dates.</summary>
    private static bool Joined(string between) => JoinedDates().IsMatch(between);

    /// <summary>
    /// "Belgrade and Pristina agreed…", "Moscow said", "Kyiv's delegation": a capital written beside another
    /// party, owning something or speaking stands for its government. Written as a place ("in Moscow", "Muscat
    /// hosted", "the Doha talks") it is one; and once a sentence writes one city as a place, its other capitals
    /// are places too ("Muscat hosted the first round on April 12; Rome the second on April 19").
    /// </summary>
    private static bool IsMetonym(SentenceMentions s, int index, ExtractionLexicon lex)
    {
        if (s.PartyAt(index) is null || IsPlaced(s, index, lex)) { return false; }
        if (Speaks(s, index, lex)) { return true; }
        // "Moscow is prepared to take up Peking's demand": a city that owns something speaks for its government, and places nothing.
        return !s.Cities.Any(c => c.Index != index && !IsOrigin(s, c.Index, lex) && !Owns(s, c.Index) && (s.PartyAt(c.Index) is null || IsPlaced(s, c.Index, lex)));
    }

    /// <summary>Where the city mentioned at <paramref name="index"/> ends, counted by the words of its lexicon name (an alias of another length is rare).</summary>
    private static int CityEnd(SentenceMentions s, int index) =>
        index + (s.Cities.FirstOrDefault(c => c.Index == index).City?.Name.Split(' ').Length ?? 1);

    /// <summary>"Peking's", "New York's": the city's own last word is possessive ("Moscow State University's" is the university's).</summary>
    private static bool Owns(SentenceMentions s, int index)
    {
        var last = CityEnd(s, index) - 1;
        return last < s.Sentence.Tokens.Count && s.Sentence.Tokens[last].IsPossessive;
    }

    internal static bool IsPlaced(SentenceMentions s, int index, ExtractionLexicon lex)
    {
        var tokens = s.Sentence.Tokens;
        var end = s.PartyAt(index)?.End ?? index + 1;
        var placed = index > 0 && lex.PlaceWords.Contains(tokens[index - 1].Key);
        var next = end < tokens.Count ? tokens[end] : null;
        var hosts = next is not null && lex.MediatorWords.Contains(next.Key);
        var apposition = next?.Text == ",";
        var attributive = next is not null && lex.MeetingWords.Contains(next.Key);
        // "Rabat was the venue on 15 and 16 January", "Doha will host the talks": a host phrase after the city makes it the place.
        var venue = lex.VenueHostPhrases.Any(h => end + h.Length <= tokens.Count && h.Select((w, k) => tokens[end + k].Key == w).All(same => same));
        return placed || hosts || apposition || attributive || venue;
    }

    private static bool Speaks(SentenceMentions s, int index, ExtractionLexicon lex)
    {
        var tokens = s.Sentence.Tokens;
        var party = s.PartyAt(index)!;
        var possessive = tokens[party.End - 1].IsPossessive;
        var speaks = party.End < tokens.Count && lex.SpeechVerbs.Contains(tokens[party.End].Key);
        var joined = (index > 1 && Joiners.Contains(tokens[index - 1].Text) && s.PartyAt(index - 2) is not null)
            || (party.End + 1 < tokens.Count && Joiners.Contains(tokens[party.End].Text) && s.PartyAt(party.End + 1) is not null);
        return possessive || speaks || joined;
    }

    private static readonly HashSet<string> Joiners = new(StringComparer.Ordinal) { "and", "-", "–", "—", "/", "&" };

    /// <summary>"between Baku and Yerevan", "Washington or Tehran": words that join sides, not describe a place.</summary>
    public static bool JoinsSides(string key) => Joiners.Contains(key) || key is "or" or "between";

    /// <summary>"New Delhi (Mizzima) – In a sudden development …": a city opening the sentence before an agency's bracket and a dash is where the report was filed.</summary>
    private static bool AgencyDateline(SentenceMentions s, int index)
    {
        var tokens = s.Sentence.Tokens;
        var k = CityEnd(s, index);
        if (index != 0 || k >= tokens.Count || tokens[k].Text != "(") { return false; }
        var close = k + 1;
        while (close < tokens.Count && close - k <= AgencyWords && tokens[close].Text != ")") { close++; }
        return close + 1 < tokens.Count && tokens[close].Text == ")" && tokens[close + 1].Text is "–" or "—" or "-" or ":";
    }

    // Words an agency's name in a dateline's bracket may run to ("(Agence France-Presse)").
    private const int AgencyWords = 5;

    /// <summary>"in Manhasset (outskirts of New York)": a city in brackets right after another place only says where that place is.</summary>
    private static bool LocatesAnother(SentenceMentions s, int index)
    {
        var tokens = s.Sentence.Tokens;
        var k = index - 1;
        while (k >= 0 && tokens[k] is { IsWord: true, IsCapitalized: false }) { k--; }
        var end = CityEnd(s, index);
        return k >= 1 && tokens[k].Text == "(" && end < tokens.Count && tokens[end].Text == ")" && tokens[k - 1] is { IsWord: true, IsCapitalized: true };
    }

    /// <summary>
    /// "flew in from Moscow", "the delegation from Kyiv", "talks over Gibraltar": a city someone came from, or the talks'
    /// subject, is not where they met.
    /// </summary>
    internal static bool IsOrigin(SentenceMentions s, int index, ExtractionLexicon lex) =>
        index > 0 && s.Sentence.Tokens[index - 1].Key is var before && (lex.OriginWords.Contains(before) || lex.TopicWords.Contains(before));

    /// <summary>
    /// "since the Mumbai terror attacks", "under the Minsk agreements": a city between "the" and a lowercase noun that is no
    /// meeting's names another event or a thing, not where the sentence's meeting is ("the Geneva talks", "the Doha round" are).
    /// </summary>
    private static bool NamesAnEvent(SentenceMentions s, int index, ExtractionLexicon lex)
    {
        var tokens = s.Sentence.Tokens;
        // "the New Delhi talks": the city's own capitalised words first.
        var end = index + 1;
        while (end < tokens.Count && tokens[end] is { IsWord: true, IsCapitalized: true }) { end++; }
        return index > 0 && tokens[index - 1].Key == "the" && end < tokens.Count && tokens[end] is { IsWord: true, IsCapitalized: false } next
            && !lex.MeetingWords.Contains(next.Key) && !lex.TalkNouns.Contains(next.Key) && !lex.RoundNouns.Contains(next.Key) && !lex.MediatorWords.Contains(next.Key);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:[–-]\s*\d{1,2}\s*)?(?:and|,|&|or)\s*$")]
    private static partial System.Text.RegularExpressions.Regex JoinedDates();
}
