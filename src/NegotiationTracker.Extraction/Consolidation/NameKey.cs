using NegotiationTracker.Extraction.Lexicon;

namespace NegotiationTracker.Extraction.Consolidation;

/// <summary>
/// The matching key of a person's name: folded, initials' stops left out, a generational suffix left out ("Marko Ilic III" = "Marko
/// Ilic 3rd" = "Marko Ilic"), then transliteration variants unified (-ski = -skyy).
/// </summary>
public static class NameKey
{
    public static string Of(string name, ExtractionLexicon lex)
    {
        var key = TextFold.Fold(name);
        // "D.Gankhuyag" = "D. Gankhuyag" = "D Gankhuyag": an initial's stop, with or without a space after it, is no part of the name.
        if (key.Contains('.', StringComparison.Ordinal)) { key = string.Join(' ', key.Split([' ', '.'], StringSplitOptions.RemoveEmptyEntries)); }
        var last = key.LastIndexOf(' ');
        if (last > 0 && lex.NameSuffixes.Contains(key[(last + 1)..].TrimEnd(','))) { key = key[..last].TrimEnd(','); }
        foreach (var (from, to) in lex.Transliterations)
        {
            key = key.Replace(from, to, StringComparison.Ordinal);
        }

        return key;
    }
}
