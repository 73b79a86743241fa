using NegotiationTracker.Extraction.Lexicon;

namespace NegotiationTracker.Extraction.Mentions;

/// <summary>
/// "Magdalena Talamas / Chief of the OAS Peace Fund / Manuel Tellez / Ambassador to Belize": a participants' list that prints
/// each name on a line of its own and the office on the line under it. The office line names no one, so no title reader
/// sees it beside the name; this layer gives it to the name above. One such pair may be a name line and a headline, so a
/// page must print at least two for any to count.
/// </summary>
internal static class NameOverTitleLines
{
    // A line under a name that holds more words than this is prose, not an office.
    private const int MaxTitleWords = 14;

    // Words before the name on its line: a rank or form of address ("BG Dario Tapia", "Sr. Edwin Fabrega").
    private const int MaxWordsBeforeName = 2;

    private const int MinPairs = 2;

    public static void Attach(IReadOnlyList<SentenceMentions> sentences, ExtractionLexicon lex)
    {
        var pairs = new List<(SentenceMentions Name, string Title)>();
        for (var i = 0; i + 1 < sentences.Count; i++)
        {
            if (IsNameLine(sentences[i]) && OfficeLine(sentences[i + 1], lex) is { } title) { pairs.Add((sentences[i], title)); }
        }

        if (pairs.Count < MinPairs) { return; }
        foreach (var (s, title) in pairs) { s.People[0] = s.People[0] with { Title = title }; }
    }

    /// <summary>A line that is one person's name and nothing else, with no title of its own.</summary>
    private static bool IsNameLine(SentenceMentions s)
    {
        if (s.People is not [{ Title: null } person] || EndsASentence(s.Sentence.Text)) { return false; }
        var words = s.Sentence.Tokens.Select((t, i) => (t, i)).Where(x => x.t.IsWord).ToList();
        return words.Count(x => x.i < person.Index) <= MaxWordsBeforeName && words.All(x => x.i < person.End);
    }

    /// <summary>A short line that opens with an office's word, names no one and ends no sentence: the office itself.</summary>
    private static string? OfficeLine(SentenceMentions s, ExtractionLexicon lex)
    {
        var words = s.Sentence.Tokens.Where(t => t.IsWord).ToList();
        if (s.People.Count > 0 || words.Count is 0 or > MaxTitleWords || EndsASentence(s.Sentence.Text)) { return null; }
        var first = words[0];
        return first.IsCapitalized && (lex.TitleHeads.Contains(first.Key) || lex.TitleWords.Contains(first.Key)) ? s.Sentence.Text.Trim() : null;
    }

    private static bool EndsASentence(string text) => text.TrimEnd() is { Length: > 0 } t && t[^1] is '.' or '!' or '?' or ':';
}
