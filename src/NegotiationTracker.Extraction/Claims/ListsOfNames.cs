using NegotiationTracker.Extraction.Mentions;

namespace NegotiationTracker.Extraction.Claims;

/// <summary>Two sides written inside a list of names that are no parties: items of the list, not the talks' sides.</summary>
internal static class ListsOfNames
{
    /// <summary>
    /// "flies to … mainland China, Hong Kong, Japan and the United States", "sides of India, Australia, South Africa, West Indies
    /// …": a pair of sides that opens or ends a list of four or more names is two items of it (destinations, teams), not the two
    /// sides. A pair inside a list of parties alone is left to the talks' own long-list test.
    /// </summary>
    public static bool Holds(SentenceMentions s, List<PartyMention> sides, List<bool> joined, int link)
    {
        if (link > 0 && joined[link - 1]) { return false; }
        var tokens = s.Sentence.Tokens;
        var items = 0;
        var k = sides[link].Index - 1;
        if (k >= 0 && tokens[k].Key == "the") { k--; }
        while (k >= 0 && tokens[k].Text == ",")
        {
            var end = k;
            k--;
            while (k >= 0 && end - k <= MaxListItem && tokens[k].Text is not ("," or ":" or ";" or "(")) { k--; }
            if (!IsOtherName(s, k + 1, end)) { break; }
            items++;
        }

        var next = sides[link + 1].End;
        while (items + 2 < Talks.LongList && next + 1 < tokens.Count && tokens[next].Text is "," or "and")
        {
            // "…, Japan, and the United States": the serial comma before "and" opens no item of its own.
            if (tokens[next].Text == "," && tokens[next + 1].Key == "and") { next++; }
            var end = next + 1;
            while (end < tokens.Count && end - next <= MaxListItem && tokens[end].Text is not ("," or "and" or "." or ";" or ":" or ")")) { end++; }
            if (!IsOtherName(s, next + 1, end)) { break; }
            items++;
            next = end;
        }

        return items + 2 >= Talks.LongList;
    }

    private const int MaxListItem = 3;

    /// <summary>An item of capitalised words that may be no person's name ("Hong Kong", not "Giorgos Gerapetritis").</summary>
    private static bool IsOtherName(SentenceMentions s, int start, int end) =>
        s.Sentence.Tokens.Skip(start).Take(end - start).Any(t => t.IsWord && t.IsCapitalized) && !s.NameRuns.Any(r => r.Index < end && r.Index + r.Length > start);
}
