using NegotiationTracker.Extraction.Document;
using NegotiationTracker.Extraction.Lexicon;
using NegotiationTracker.Extraction.Mentions;
using NegotiationTracker.Extraction.Text;

namespace NegotiationTracker.Extraction.Claims;

/// <summary>
/// "Jubbaland has put forward a set of core conditions, among them:" followed by "1. Last year's elections must not be
/// questioned": the items of a list that a demanding sentence leads into (it ends with a colon, or a short "They are;"
/// comes between) are that party's demands, one an item: its topic when the lexicon knows one, else the item's words.
/// </summary>
internal static class DemandListItems
{
    // "They are;", "These are:": a line this short between the demand and its list only hands the list on.
    private const int MaxBridgeWords = 4;

    /// <summary>Whether the sentence hands a list to the items under it.</summary>
    public static bool LeadsIn(Sentence s) => s.Kind != BlockKind.ListItem && s.Text.TrimEnd() is [.., ':' or ';'];

    /// <summary>"They are;": a short sentence that only opens the list the sentence before announced.</summary>
    public static bool Bridges(Sentence s) => LeadsIn(s) && s.Tokens.Count(t => t.IsWord) <= MaxBridgeWords;

    /// <summary>The demands of one list item; a line that goes on an item already read adds none.</summary>
    public static IEnumerable<DemandClaim> Read(string file, SentenceMentions s, string agent, int? round, ExtractionLexicon lex)
    {
        var text = s.Sentence.Text.Trim();
        var marker = Marker(text, lex);
        if (marker == 0) { yield break; }
        var item = text[marker..].Trim().TrimEnd('.', ';', ',').Trim();
        if (item.Length == 0) { yield break; }
        var topics = lex.DemandTopics.Where(t => t.Pattern.IsMatch(item)).ToList();
        if (topics.Count == 0) { yield return new DemandClaim(agent, "other", TextFold.Fold(item), item, round, s.Sentence.EvidenceIn(file)); }
        foreach (var topic in topics) { yield return new DemandClaim(agent, topic.Category, topic.Label, item, round, s.Sentence.EvidenceIn(file)); }
    }

    /// <summary>Where the item's words start after its bullet or number; 0 when the sentence does not open an item.</summary>
    private static int Marker(string text, ExtractionLexicon lex)
    {
        if (lex.Page.Bullets.FirstOrDefault(b => text.StartsWith(b, StringComparison.Ordinal)) is { } bullet) { return bullet.Length; }
        return BlockClassifier.IsNumberedItem(text) ? text.IndexOf(' ', StringComparison.Ordinal) : 0;
    }
}
