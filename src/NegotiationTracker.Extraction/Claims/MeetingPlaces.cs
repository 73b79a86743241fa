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
    public static List<string?> CitiesFor(SentenceMentions s, IReadOnlyList<DateMention> dates, ExtractionLexicon lex)
    {
        var cities = s.Cities.Where(c => !IsOrigin(s, c.Index, lex) && !IsMetonym(s, c.Index, lex)).Select(c => (c.City.Name, Offset: s.Sentence.Tokens[c.Index].Start - s.Sentence.Start)).ToList();
        var result = new List<string?>();
        for (var k = 0; k < dates.Count; k++)
        {
            var from = k == 0 ? 0 : dates[k - 1].Offset + dates[k - 1].Text.Length;
            var to = k + 1 < dates.Count ? dates[k + 1].Offset : s.Sentence.Text.Length;
            var at = dates[k].Offset;
            var before = cities.LastOrDefault(c => c.Offset >= from && c.Offset < at).Name;
            var after = cities.FirstOrDefault(c => c.Offset > at && c.Offset < to).Name;
            var joined = k > 0 && Joined(s.Sentence.Text[from..at]);
            result.Add(joined ? result[k - 1] : before ?? after ?? (k == 0 ? cities.FirstOrDefault().Name : null));
        }

        return result;
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
        return !s.Cities.Any(c => c.Index != index && !IsOrigin(s, c.Index, lex) && (s.PartyAt(c.Index) is null || IsPlaced(s, c.Index, lex)));
    }

    private static bool IsPlaced(SentenceMentions s, int index, ExtractionLexicon lex)
    {
        var tokens = s.Sentence.Tokens;
        var end = s.PartyAt(index)?.End ?? index + 1;
        var placed = index > 0 && lex.PlaceWords.Contains(tokens[index - 1].Key);
        var next = end < tokens.Count ? tokens[end] : null;
        var hosts = next is not null && lex.MediatorWords.Contains(next.Key);
        var apposition = next?.Text == ",";
        var attributive = next is not null && lex.MeetingWords.Contains(next.Key);
        return placed || hosts || apposition || attributive;
    }

    private static bool Speaks(SentenceMentions s, int index, ExtractionLexicon lex)
    {
        var tokens = s.Sentence.Tokens;
        var party = s.PartyAt(index)!;
        var possessive = tokens[party.End - 1].Text.EndsWith("'s", StringComparison.Ordinal) || tokens[party.End - 1].Text.EndsWith("’s", StringComparison.Ordinal);
        var speaks = party.End < tokens.Count && lex.SpeechVerbs.Contains(tokens[party.End].Key);
        var joined = (index > 1 && Joiners.Contains(tokens[index - 1].Text) && s.PartyAt(index - 2) is not null)
            || (party.End + 1 < tokens.Count && Joiners.Contains(tokens[party.End].Text) && s.PartyAt(party.End + 1) is not null);
        return possessive || speaks || joined;
    }

    private static readonly HashSet<string> Joiners = new(StringComparer.Ordinal) { "and", "-", "–", "—", "/", "&" };

    /// <summary>"between Baku and Yerevan", "Washington or Tehran": words that join sides, not describe a place.</summary>
    public static bool JoinsSides(string key) => Joiners.Contains(key) || key is "or" or "between";

    /// <summary>"flew in from Moscow", "the delegation from Kyiv": a city someone came from is not where they met.</summary>
    private static bool IsOrigin(SentenceMentions s, int index, ExtractionLexicon lex) =>
        index > 0 && lex.OriginWords.Contains(s.Sentence.Tokens[index - 1].Key);

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:[–-]\s*\d{1,2}\s*)?(?:and|,|&|or)\s*$")]
    private static partial System.Text.RegularExpressions.Regex JoinedDates();
}
