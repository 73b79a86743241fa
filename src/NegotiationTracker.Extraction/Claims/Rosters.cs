using NegotiationTracker.Extraction.Document;
using NegotiationTracker.Extraction.Lexicon;
using NegotiationTracker.Extraction.Mentions;

namespace NegotiationTracker.Extraction.Claims;

/// <summary>
/// "• Serbia / • Ambassador Petar Novak / • Mr. Marko Ilic, Interpreter": a line that holds nothing but a
/// party's name, as a heading or a list item, opens that party's roster; the list items under it that open with a person
/// are its members, until a paragraph ends the list. Reports of talks, ministry records and minutes print delegations so.
/// </summary>
internal static class Rosters
{
    // Words a roster line may open with before the name: a bullet, a courtesy word or an office ("• Sr.", "• Ambassador").
    private const int MaxWordsBeforeName = 4;

    /// <summary>The party a line names and nothing else ("• Panama", "United States:"), if it does.</summary>
    public static string? Opens(SentenceMentions s)
    {
        if (s.Sentence.Kind is not (BlockKind.ListItem or BlockKind.Heading) || s.People.Count > 0) { return null; }
        if (s.Parties.Select(p => p.Party.Name).Distinct().ToList() is not [var only]) { return null; }
        var words = s.Sentence.Tokens.Select((t, i) => (t, i)).Where(x => x.t.IsWord).ToList();
        return words.All(x => s.PartyAt(x.i) is not null || x.t.Key == "the") ? only : null;
    }

    /// <summary>The person a roster line lists, if it opens with one.</summary>
    public static PersonMention? Member(SentenceMentions s) =>
        s.Sentence.Kind == BlockKind.ListItem && s.People.Count > 0 && s.Sentence.Tokens.Take(s.People[0].Index).Count(t => t.IsWord) <= MaxWordsBeforeName
            ? s.People[0] : null;
}
