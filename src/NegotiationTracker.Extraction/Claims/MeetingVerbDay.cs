using NegotiationTracker.Extraction.Dates;
using NegotiationTracker.Extraction.Lexicon;
using NegotiationTracker.Extraction.Mentions;

namespace NegotiationTracker.Extraction.Claims;

/// <summary>
/// "The first round opened on May 27, dealt with security measures and closed with no deal": a day right after a
/// meeting's own verb ("opened on", "met on", "held Monday") is that meeting's day; a not-a-meeting word in the next
/// predicate ("measures", "signed") tells what the meeting did, not another event on that day. The verb may have its
/// place or partner between it and the day ("the summit they held in Panmunjom on April 27", "met Petrov on Monday"):
/// a not-a-meeting word before the verb ("summit", "declaration") names the meeting or what came of it, and claims
/// no day the verb has already taken.
/// </summary>
internal static class MeetingVerbDay
{
    // How many words (a place word, "the", names, "on") may stand between a meeting verb and its day.
    private const int VerbReach = 5;

    public static bool Claims(SentenceMentions s, DateMention d, ExtractionLexicon lex) => VerbEnd(s, d, lex) is not null;

    /// <summary>Where the meeting verb that takes the day ends, in the sentence's text; null when no such verb stands before it.</summary>
    public static int? VerbEnd(SentenceMentions s, DateMention d, ExtractionLexicon lex)
    {
        var before = s.Sentence.Tokens.Where(t => t.IsWord && t.End - s.Sentence.Start <= d.Offset).TakeLast(VerbReach + 1).Reverse().ToList();
        for (var i = 0; i < before.Count; i++)
        {
            var t = before[i];
            // "the first round of talks on March 28": a meeting's own noun right before "on" and the day claims it as its verb would.
            if (lex.MeetingVerbs.Contains(t.Key) || (i == 1 && before[0].Key == "on" && lex.TalkNouns.Contains(t.Key))) { return t.End - s.Sentence.Start; }
            var between = t.Key == "on" || t.Key == "the" || lex.PlaceWords.Contains(t.Key) || char.IsUpper(t.Text[0]);
            if (!between) { return null; }
        }

        return null;
    }

    /// <summary>
    /// "the APEC summit that begins on Oct 31", "the COP29 summit in Baku, which opened on Monday": a not-a-meeting word
    /// before the verb is the verb's own subject, so the day is that event's after all — unless the verb has a subject of
    /// its own between them ("the first summit they held in Panmunjom on April 27": the summit is what they held).
    /// </summary>
    public static bool SubjectIsOtherEvent(string upToVerb, ExtractionLexicon lex)
    {
        if (lex.NotMeeting.Matches(upToVerb).LastOrDefault() is not { } word) { return false; }
        var between = upToVerb[(word.Index + word.Length)..].Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
        return !between.Any(w => SubjectPronouns.Contains(w, StringComparer.OrdinalIgnoreCase));
    }

    // The pronouns that open a clause of their own after a noun ("the summit they held"): a closed class of English.
    private static readonly string[] SubjectPronouns = ["they", "he", "she", "we", "i"];
}
