using NegotiationTracker.Extraction.Lexicon;
using NegotiationTracker.Extraction.Mentions;

namespace NegotiationTracker.Extraction.Claims;

/// <summary>
/// The city of a meeting whose own sentences name none, from the rest of the article: when the article
/// places meetings in one city only ("talks in Doha", "came to Havana", "met in the Omani capital"),
/// every meeting is there; otherwise its undated main meeting is where meetings are most often placed.
/// </summary>
internal static class ArticleCity
{
    public static void Fill(IReadOnlyList<RoundClaim> rounds, IReadOnlyList<SentenceMentions> sentences, ExtractionLexicon lex)
    {
        if (rounds.All(r => r.City is not null)) { return; }
        var placed = sentences.Where(s => s.Sentence.Tokens.Any(t => lex.MeetingWords.Contains(t.Key)))
            .SelectMany(s => s.Cities.Where(c => c.Index > 0 && lex.PlaceWords.Contains(s.Sentence.Tokens[c.Index - 1].Key))
                .Select(c => (c.City.Name, Weight: s.Sentence.Kind == Document.BlockKind.Headline ? 2 : 1)))
            .ToList();
        var named = placed.Select(p => p.Name).Concat(rounds.Select(r => r.City).OfType<string>()).Distinct(StringComparer.Ordinal).ToList();
        var mostPlaced = placed.GroupBy(p => p.Name, StringComparer.Ordinal).OrderByDescending(g => g.Sum(p => p.Weight)).Select(g => g.Key).FirstOrDefault();
        foreach (var round in rounds.Where(r => r.City is null))
        {
            round.City = named.Count == 1 ? named[0] : round.IsMain && round.Date is null ? mostPlaced : null;
        }
    }
}
