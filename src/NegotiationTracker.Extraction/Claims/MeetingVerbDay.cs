using NegotiationTracker.Extraction.Dates;
using NegotiationTracker.Extraction.Lexicon;
using NegotiationTracker.Extraction.Mentions;

namespace NegotiationTracker.Extraction.Claims;

/// <summary>
/// "The first round opened on May 27, dealt with security measures and closed with no deal": a day right after a
/// meeting's own verb ("opened on", "met on", "held Monday") is that meeting's day; a not-a-meeting word in the next
/// predicate ("measures", "signed") tells what the meeting did, not another event on that day.
/// </summary>
internal static class MeetingVerbDay
{
    public static bool Claims(SentenceMentions s, DateMention d, ExtractionLexicon lex)
    {
        var before = s.Sentence.Tokens.Where(t => t.IsWord && t.End - s.Sentence.Start <= d.Offset).TakeLast(2).Select(t => t.Key).ToList();
        return before switch
        {
            [var verb, "on"] => lex.MeetingVerbs.Contains(verb),
            [.., var verb] => lex.MeetingVerbs.Contains(verb),
            _ => false,
        };
    }
}
