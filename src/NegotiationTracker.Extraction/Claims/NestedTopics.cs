using NegotiationTracker.Extraction.Lexicon;

namespace NegotiationTracker.Extraction.Claims;

/// <summary>
/// "seeking guarantees, among them assurances of a ceasefire": a topic tied by a link word (lexicon key topicLinks)
/// to another topic just before it is what that one is about. The party asks for the assurances, not for a ceasefire.
/// </summary>
internal static class NestedTopics
{
    /// <summary>Whether a topic of another label ends just before <paramref name="start"/>, joined to it by a link word.</summary>
    public static bool Qualifies(string clause, int start, string label, ExtractionLexicon lex) =>
        lex.DemandTopics.Where(o => o.Label != label)
            .SelectMany(o => o.Pattern.Matches(clause[..start]))
            .Any(m => lex.DemandTopicLinks.IsMatch(clause[(m.Index + m.Length)..start]));
}
