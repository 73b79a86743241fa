namespace NegotiationTracker.Extraction.Text;

/// <summary>
/// Splits an article into sentences: at line breaks, and after . ! ? when the next word starts a
/// sentence — except after an abbreviation or initial (Dr., U.S., J.), which news text is full of.
/// </summary>
public static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "Dr", "Mr", "Mrs", "Ms", "Prof", "St", "Gen", "Lt", "Col", "Sen", "Rep", "Gov", "Amb", "Jr", "Sr", "No", "vs", "etc", "Sgt", "Capt", "Maj", "Adm", "Inc", "Ltd", "Co", "Corp",
        // "Minister X and Hon. Y", "General (Ret.) X": honorifics and a retired rank before more of the name.
        "Hon", "Ret", "Rtd", "Brig", "Cdr", "Rev", "Msgr", "Messrs", "Mme",
    };

    // "at Mt. Kumgang", "Ft. Lauderdale": a place's short word before its name, written with its capital ("8,000 ft." ends a sentence).
    private static readonly HashSet<string> PlaceAbbreviations = new(StringComparer.Ordinal) { "Mt", "Ft" };

    // "On Jan. 14, …": a month's short form before a day's number ends no sentence; before a capital it may ("in Oct. The talks").
    private static readonly HashSet<string> MonthAbbreviations = new(StringComparer.Ordinal)
    {
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    };

    public static List<Sentence> Split(string text)
    {
        var sentences = new List<Sentence>();
        var lineStart = 0;
        while (lineStart < text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0) { lineEnd = text.Length; }
            SplitLine(text, lineStart, lineEnd, sentences);
            lineStart = lineEnd + 1;
        }

        return sentences;
    }

    private static void SplitLine(string text, int start, int end, List<Sentence> into)
    {
        var from = start;
        for (var i = start; i < end; i++)
        {
            if (text[i] is not ('.' or '!' or '?') || !EndsSentence(text, i, end) || IsItemNumber(text, start, i))
            {
                continue;
            }

            var stop = i + 1;
            while (stop < end && text[stop] is '"' or '”' or '’' or '\'' or ')') { stop++; }
            Add(text, from, stop, into);
            from = stop;
        }

        Add(text, from, end, into);
    }

    /// <summary>"1. Cost of living": the stop after a number that opens the line numbers a list's item; it ends nothing.</summary>
    private static bool IsItemNumber(string text, int lineStart, int dot)
    {
        var k = lineStart;
        while (k < dot && char.IsWhiteSpace(text[k])) { k++; }
        return dot - k is 1 or 2 && text[k..dot].All(char.IsAsciiDigit);
    }

    private static bool EndsSentence(string text, int i, int end)
    {
        var next = i + 1;
        while (next < end && text[next] is '"' or '”' or '’' or '\'' or ')') { next++; }
        if (next >= end) { return true; }
        if (!char.IsWhiteSpace(text[next])) { return RunTogether(text, i, next, end); }
        while (next < end && char.IsWhiteSpace(text[next])) { next++; }
        if (next >= end) { return true; }
        if (!(char.IsUpper(text[next]) || char.IsDigit(text[next]) || text[next] is '"' or '“' or '‘')) { return false; }

        var wordStart = i;
        while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.')) { wordStart--; }
        var word = text[wordStart..i];
        if (char.IsDigit(text[next]) && MonthAbbreviations.Contains(word)) { return false; }
        if (PlaceAbbreviations.Contains(word) && char.IsUpper(text[next])) { return false; }
        // "Dr." and initials ("J.", "U.S.") do not end a sentence, unless what follows could never be a name: "led by Prime
        // Minister Ravi Sen. They were lodged…" ends with a surname that is also an abbreviation.
        return !(Abbreviations.Contains(word) || (word.Length == 1 && char.IsUpper(word[0])) || word.Contains('.', StringComparison.Ordinal))
            || (Abbreviations.Contains(word) && Opener(text, next, end));
    }

    private static readonly HashSet<string> Openers = new(StringComparer.Ordinal)
    {
        "The", "They", "He", "She", "It", "We", "This", "That", "These", "Those", "But", "And", "In", "On", "At", "However", "Meanwhile",
    };

    /// <summary>A word that opens sentences and never a name ("They", "The").</summary>
    private static bool Opener(string text, int start, int end)
    {
        var stop = start;
        while (stop < end && char.IsLetter(text[stop])) { stop++; }
        return stop < end && !char.IsLetter(text[stop]) && Openers.Contains(text[start..stop]);
    }

    /// <summary>
    /// "…gave no date.U.S. Secretary…": pages lose the space between sentences. A lowercase word, a full
    /// stop and a capital start a new sentence; "U.S." or "apnews.com" do not.
    /// </summary>
    private static bool RunTogether(string text, int dot, int next, int end)
    {
        if (!char.IsUpper(text[next]) || next + 1 >= end) { return false; }
        var wordStart = dot;
        while (wordStart > 0 && char.IsLetter(text[wordStart - 1])) { wordStart--; }
        var word = text[wordStart..dot];
        return word.Length >= 3 && word.All(char.IsLower) && (wordStart == 0 || text[wordStart - 1] != '.');
    }

    private static void Add(string text, int from, int to, List<Sentence> into)
    {
        while (from < to && char.IsWhiteSpace(text[from])) { from++; }
        while (to > from && char.IsWhiteSpace(text[to - 1])) { to--; }
        if (to > from)
        {
            var sentence = text[from..to];
            var (tokens, nicknames) = QuotedNicknames.Without(Tokenizer.Tokenize(sentence, from));
            into.Add(new Sentence(into.Count, sentence, from, tokens) { Nicknames = nicknames });
        }
    }
}
