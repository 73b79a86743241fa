using System.Text.RegularExpressions;
using NegotiationTracker.Extraction.Lexicon;

namespace NegotiationTracker.Extraction.Claims;

/// <summary>
/// "Baku named five conditions for a deal. Among them is the recognition of its territorial integrity.": a sentence
/// that opens by going on with a list (lexicon key listOpeners) names what the sentence before asked for, so each
/// of its topics is a demand of whoever made the demand before, though no cue stands in the sentence itself.
/// </summary>
internal static class DemandLists
{
    /// <summary>The topics a list sentence names, in order; none when the sentence opens no list.</summary>
    public static IEnumerable<(DemandTopic Topic, Match Match)> Topics(string text, ExtractionLexicon lex)
    {
        if (!lex.DemandListOpeners.IsMatch(text)) { yield break; }
        foreach (var topic in lex.DemandTopics)
        {
            foreach (Match t in topic.Pattern.Matches(text))
            {
                // "Among them is no demand for…": a denied item is no demand.
                if (!lex.Negation.IsMatch(text[..t.Index])) { yield return (topic, t); }
            }
        }
    }
}
