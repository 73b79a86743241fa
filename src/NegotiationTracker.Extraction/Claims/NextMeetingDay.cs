using NegotiationTracker.Extraction.Dates;
using NegotiationTracker.Extraction.Lexicon;
using NegotiationTracker.Extraction.Mentions;

namespace NegotiationTracker.Extraction.Claims;

/// <summary>
/// "In the first round of talks on March 28 they reached no agreement, though they agreed to meet again at 6 p.m. on
/// March 29": a day after a cue of the next meeting (the lexicon's <c>nextMeetingCues</c>) is that meeting's, only
/// planned; the sentence's meeting is on its other day. With no other day the cue's day stays unless the sentence tells
/// of it in the future ("The next meeting will take place on June 29"): a report of the next round may date it so.
/// </summary>
internal static class NextMeetingDay
{
    /// <summary>How far before the day, in characters, the cue may stand ("agreed to meet again at 6:00 p.m. on").</summary>
    private const int CueReach = 60;

    public static bool IsNext(SentenceMentions s, DateMention day, IReadOnlyList<DateMention> days, ExtractionLexicon lex)
    {
        var from = Math.Max(0, day.Offset - CueReach);
        if (!lex.NextMeetingCues.IsMatch(s.Sentence.Text[from..day.Offset])) { return false; }
        // "The next meeting will take place in Geneva on June 29": told in the future, the next meeting has not happened.
        return days.Any(d => d != day && d.IsDayLike && d.Offset < day.Offset) || lex.FutureWords.IsMatch(s.Sentence.Text);
    }
}
