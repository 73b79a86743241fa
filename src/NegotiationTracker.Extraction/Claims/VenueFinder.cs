using NegotiationTracker.Extraction.Lexicon;
using NegotiationTracker.Extraction.Mentions;

namespace NegotiationTracker.Extraction.Claims;

/// <summary>
/// Finds a named venue where a meeting is held: a capitalised name ending in a venue word
/// ("the historic Topkapi Palace", "Lancaster House") or opening with one ("Château de Penthes"),
/// or a name before a venue noun written in lowercase ("the Shell Bay golf club", "the Lakeside
/// working office"), written as a place ("at", "in", "inside" before it, or a host phrase of the lexicon after it: "will host", "was the venue").
/// Whose venue it is ("the envoy's", "the Turkish Presidency's") is no part of its name.
/// </summary>
internal static class VenueFinder
{
    private const int PrepositionWindow = 5;

    /// <summary>Words of a town and country between a venue and its host phrase ("in Istanbul, Turkey").</summary>
    private const int TownWindow = 4;

    public static string? Find(SentenceMentions s, ExtractionLexicon lex)
    {
        var tokens = s.Sentence.Tokens;
        for (var j = 0; j < tokens.Count; j++)
        {
            if (s.PartyAt(j) is { } party)
            {
                // "at the Kremlin", "in the White House": a seat of power written as a place is the venue.
                if (party.Index == j && party.Kind == PartyTermKind.Metonym && !tokens[party.End - 1].IsPossessive && IsPlace(s, j, party.End, lex))
                {
                    return string.Join(' ', tokens.Skip(j).Take(party.Length).Select(t => t.Bare));
                }

                continue;
            }

            var (start, end) = tokens[j].IsCapitalized ? (lex.VenueWords.Contains(tokens[j].Key) ? Capitalised(s, j, lex) : (j, j)) : Lowercase(s, j, lex);
            if (end - start < 2 && !tokens[j].IsCapitalized) { (start, end) = DescribedVenue.At(s, j, lex); }
            if (end - start < 2 || !IsPlace(s, start, end, lex)) { continue; }
            // An inner possessive is part of the name ("the residence of Norway's ambassador"); a last one is no part of it.
            return string.Join(' ', tokens.Skip(start).Take(end - start).Select((t, i) => i == end - start - 1 ? t.Bare : t.Text));
        }

        return null;
    }

    private static (int Start, int End) Capitalised(SentenceMentions s, int j, ExtractionLexicon lex)
    {
        var tokens = s.Sentence.Tokens;
        var start = NameStart(s, j, lex);
        var end = j + 1;
        if (start == j && end + 1 < tokens.Count && tokens[end + 1].IsCapitalized && lex.VenuePrefixes.Contains($"{tokens[j].Key} {tokens[end].Key}")) { end += 2; }
        return (start, end > j + 1 ? end : OfTail(s, end, lex));
    }

    /// <summary>
    /// "the Palace of Nations", "the National Museum of Anthropology": "of" and capitalised words after a venue word are its
    /// name's end — short of a party or a city, which say where it is ("of Mexico City") or whose, and of a second venue
    /// ("the Conference Hall of the Grand Hotel" names two places, not one).
    /// </summary>
    private static int OfTail(SentenceMentions s, int end, ExtractionLexicon lex)
    {
        var tokens = s.Sentence.Tokens;
        if (end >= tokens.Count || tokens[end].Key != "of") { return end; }
        var k = end + 1;
        if (k < tokens.Count && tokens[k].Key == "the") { k++; }
        var first = k;
        while (k < tokens.Count && tokens[k].IsWord && tokens[k].IsCapitalized && s.PartyAt(k) is null && !s.Cities.Any(c => c.Index == k) && !tokens[k].IsPossessive
            && !lex.VenueWords.Contains(tokens[k].Key)) { k++; }
        // A word that goes on the name past the stop ("of New York City") is a place's name, not the venue's.
        return k > first && (k >= tokens.Count || !tokens[k].IsCapitalized) ? k : end;
    }

    /// <summary>"Shell Bay golf club", "the Lakeside working office": a capitalised name, then a lowercase venue noun of the lexicon.</summary>
    private static (int Start, int End) Lowercase(SentenceMentions s, int j, ExtractionLexicon lex)
    {
        var tokens = s.Sentence.Tokens;
        var noun = j > 0 && !tokens[j - 1].IsCapitalized && lex.LowercaseVenues.Contains($"{tokens[j - 1].Key} {tokens[j].Key}") ? j - 1
            : lex.LowercaseVenues.Contains(tokens[j].Key) ? j : -1;
        if (noun < 1 || tokens[j].IsCapitalized) { return (j, j); }
        var start = NameStart(s, noun, lex);
        return start == noun ? (j, j) : (start, j + 1);
    }

    /// <summary>The first word of the capitalised name that ends right before <paramref name="at"/>; <paramref name="at"/> when there is none.</summary>
    private static int NameStart(SentenceMentions s, int at, ExtractionLexicon lex)
    {
        var tokens = s.Sentence.Tokens;
        var start = at;
        while (start > 0 && tokens[start - 1].IsCapitalized && tokens[start - 1].IsWord && (s.PartyAt(start - 1) is null || InsideName(s, start - 1))
            && (!lex.NotNames.Contains(tokens[start - 1].Key) || lex.VenueNameWords.Contains(tokens[start - 1].Key)) && !tokens[start - 1].IsPossessive)
        {
            start--;
        }

        // "the Russian Embassy", "the US embassy": a venue that belongs to a country is named by it.
        if (start == at && start > 0 && lex.OwnedVenueWords.Contains(tokens[at].Key) && s.PartyAt(start - 1) is { Kind: PartyTermKind.Demonym or PartyTermKind.Name } owner
            && !tokens[start - 1].IsPossessive)
        {
            start = owner.Index;
        }

        return start;
    }

    /// <summary>"the Palm Africa Hotel": a party's one word between two words of a building's name is part of that name, not its owner.</summary>
    /// <remarks>The word before must not open the sentence, where any word is capitalised.</remarks>
    private static bool InsideName(SentenceMentions s, int k) =>
        k > 1 && s.PartyAt(k) is { Length: 1 } && s.Sentence.Tokens[k - 1] is { IsWord: true, IsCapitalized: true, IsPossessive: false }
        && s.PartyAt(k - 1) is null && !s.Cities.Any(c => c.Index == k - 1);

    private static bool IsPlace(SentenceMentions s, int start, int end, ExtractionLexicon lex)
    {
        var tokens = s.Sentence.Tokens;
        // "at the Topkapi Palace", "outside the entrance of the Intercontinental Hotel", "at the envoy's golf club",
        // "in the Turkish Presidency's working office": a place word before, over small words and the venue's owner.
        for (var k = start - 1; k >= Math.Max(0, start - PrepositionWindow); k--)
        {
            if (lex.PlaceWords.Contains(tokens[k].Key)) { return true; }
            var owner = tokens[k].IsPossessive || (s.PartyAt(k) is not null && k + 1 < tokens.Count && tokens[k + 1].IsPossessive);
            if ((tokens[k].IsCapitalized && !owner) || !tokens[k].IsWord) { break; }
        }

        // "The X Palace in Istanbul, Turkey was where the meeting took place": over the venue's town to a host phrase.
        var after = end;
        if (after < tokens.Count && lex.PlaceWords.Contains(tokens[after].Key))
        {
            var k = after + 1;
            while (k < tokens.Count && k <= after + TownWindow && (tokens[k].IsCapitalized || tokens[k].Text == ",")) { k++; }
            after = k > after + 1 ? k : after;
        }

        return lex.VenueHostPhrases.Any(h => after + h.Length <= tokens.Count && h.Select((w, k) => tokens[after + k].Key == w).All(same => same));
    }
}
