using NegotiationTracker.Extraction.Lexicon;
using NegotiationTracker.Extraction.Mentions;

namespace NegotiationTracker.Extraction.Claims;

/// <summary>
/// A meeting sentence that places the meeting by its country ("fresh talks opened in Qatar on Wednesday"):
/// the meeting is in that country, and its city is the one the report places meetings in there ("talks in Doha").
/// </summary>
internal static class MeetingCountry
{
    /// <summary>
    /// The city and country of a meeting sentence: its city, unless the sentence places the meeting in another country
    /// and writes that city as no place ("Kabul: Fresh talks … opened in Qatar", a dateline) — then the country alone.
    /// </summary>
    public static (string? City, string? Country) Place(SentenceMentions s, string? city, ExtractionLexicon lex)
    {
        if (Placed(s, lex) is not { } country) { return (city, null); }
        if (city is null) { return (null, country); }
        // "ALGIERS- Algiers hosted …": any of the city's mentions may be the one written as a place, not only the dateline's.
        var mentions = s.Cities.Where(c => c.City.Name == city).ToList();
        var keep = mentions.Count == 0 || mentions.Any(m => m.City.CountryCode == country || ArticleCity.IsPlaced(s, m.Index, lex) || (s.PartyAt(m.Index) is not null && MeetingPlaces.IsPlaced(s, m.Index, lex)));
        return keep ? (city, null) : (null, country);
    }

    /// <summary>"in Qatar", "to Cuba": a country, by its name, right after a place word.</summary>
    private static string? Placed(SentenceMentions s, ExtractionLexicon lex) =>
        s.Parties.FirstOrDefault(p => p.Kind == PartyTermKind.Name && !p.Party.IsOrganisation && p.Index > 0 && lex.PlaceWords.Contains(s.Sentence.Tokens[p.Index - 1].Key))?.Party.Code;
}
