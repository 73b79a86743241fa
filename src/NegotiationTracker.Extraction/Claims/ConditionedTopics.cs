using NegotiationTracker.Extraction.Lexicon;

namespace NegotiationTracker.Extraction.Claims;

/// <summary>
/// "Israel accepted the ceasefire on condition that Iran launches no fresh attacks": a condition set right after a topic
/// is a demand about that topic, though its own words name none.
/// </summary>
internal static class ConditionedTopics
{
    // "the ceasefire on condition that": at most a few characters between a topic and the condition set on it.
    private const int ConditionGap = 4;

    /// <summary>The category of the topic written right before a cue (<paramref name="beforeCue"/> ends where the cue starts), if any.</summary>
    /// <remarks>Only a topic right before the cue counts, so a cue that is no condition ("the ceasefire and demanded") never reaches one.</remarks>
    public static string? Of(string beforeCue, ExtractionLexicon lex) =>
        lex.DemandTopics.FirstOrDefault(t => t.Pattern.Matches(beforeCue).LastOrDefault() is { } m
            && beforeCue.Length - (m.Index + m.Length) <= ConditionGap && !BreaksClause(beforeCue[(m.Index + m.Length)..]))?.Category;

    private static bool BreaksClause(string between) => between.Any(c => c is ',' or ';');
}
