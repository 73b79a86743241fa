using NegotiationTracker.Extraction.Lexicon;

namespace NegotiationTracker.Extraction.Consolidation;

/// <summary>
/// The matching key of a title: folded, each word in the key spelling of its lexicon group, so that
/// "Defense Minister" and "Defence Minister" are one title of one person.
/// </summary>
public static class TitleKey
{
    public static string Of(string title, ExtractionLexicon lex) =>
        string.Join(' ', TextFold.Fold(title).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => lex.TitleSpellings.GetValueOrDefault(w, w)));
}
