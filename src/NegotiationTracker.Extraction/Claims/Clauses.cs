using NegotiationTracker.Extraction.Lexicon;

namespace NegotiationTracker.Extraction.Claims;

/// <summary>
/// A sentence cut at the lexicon's clause breaks (", while", "; "…), separators left out: "Leading the
/// Russian delegation is X, while Y represents Ukraine" holds two facts, read one clause at a time.
/// </summary>
internal static class Clauses
{
    public static List<(int From, int To)> Of(string text, ExtractionLexicon lex)
    {
        var clauses = new List<(int, int)>();
        var from = 0;
        foreach (var cut in lex.ClauseBreak.EnumerateMatches(text))
        {
            if (cut.Index > from) { clauses.Add((from, cut.Index)); }
            from = cut.Index + cut.Length;
        }

        if (from < text.Length) { clauses.Add((from, text.Length)); }
        return clauses;
    }
}
