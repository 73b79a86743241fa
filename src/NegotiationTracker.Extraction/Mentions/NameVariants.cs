using NegotiationTracker.Extraction.Lexicon;

namespace NegotiationTracker.Extraction.Mentions;

/// <summary>
/// How a report writes one person more than one way, and runs that only look like a person: the full name whose surname
/// an office gives elsewhere, a same-surname name in brackets, a district before its city, a name cut off with the page.
/// </summary>
internal static class NameVariants
{
    // ", who is also known as": the most words between a name and its alias (the lexicon's aliasCues).
    private const int AliasGap = 6;

    // A line of a few words ending in a name ("Reporting by Jane Doe", "Name, title" items) is no cut-off sentence.
    private const int CutOffMinTokens = 12;

    /// <summary>Surnames the report gives a person by a title or an honorific right before them ("Father Okello").</summary>
    public static HashSet<string> SurnamesWithOffices(IReadOnlyList<SentenceMentions> sentences, ExtractionLexicon lex) =>
        sentences.SelectMany(s => s.NameRuns.Where(r => r.Length == 1 && r.Index > 0 && s.Sentence.Tokens[r.Index - 1] is var before
                && before.IsCapitalized && (lex.Honorifics.Contains(before.Key) || TitleReader.IsHead(before, lex))).Select(r => s.Sentence.Tokens[r.Index].Key))
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>"Yesterday Jean-Pierre Okello met …" and later "Father Okello": a name ending in such a surname is that person's full name.</summary>
    public static IEnumerable<(int Index, int Length)> CompletedBySurname(SentenceMentions s, HashSet<string> surnames, ExtractionLexicon lex) =>
        s.NameRuns.Where(r => surnames.Count > 0 && PersonFinder.IsNameLength(s, r, lex) && surnames.Contains(s.Sentence.Tokens[r.Index + r.Length - 1].Key)
            && !PersonFinder.NamesAPlaceOrBody(s.Sentence.Tokens, r.Index + r.Length, lex));

    /// <summary>
    /// "Ravi Kumar Das (Santu Das)", "…Ali, who is also known as Omar Farah": a name after "known as",
    /// or one with the same surname in brackets, right after a person's full name is what the person is also called.
    /// </summary>
    public static IEnumerable<(string Alias, string Name)> Aliases(IReadOnlyList<SentenceMentions> sentences, Dictionary<string, string> accepted, ExtractionLexicon lex)
    {
        foreach (var s in sentences)
        {
            var tokens = s.Sentence.Tokens;
            foreach (var (index, length) in s.NameRuns.Where(r => r.Length >= 2 && accepted.ContainsKey(PersonFinder.Key(tokens, r.Index, r.Length))))
            {
                var next = s.NameRuns.FirstOrDefault(r => r.Index > index + length && r.Index <= index + length + AliasGap && r.Length >= 2);
                if (next.Length == 0) { continue; }
                var between = string.Join(' ', tokens.Skip(index + length).Take(next.Index - index - length).Select(t => t.Key));
                // "Ahmed Hassan Ali, who is also known as Omar Farah": "known as" says so whatever the surname; a bracket only with it.
                if (lex.AliasCues.Contains(between) || (lex.SameSurnameAliasCues.Contains(between) && tokens[next.Index + next.Length - 1].Key == tokens[index + length - 1].Key))
                {
                    yield return (PersonFinder.Key(tokens, next.Index, next.Length), accepted[PersonFinder.Key(tokens, index, length)]);
                }
            }
        }
    }

    /// <summary>"at the union's headquarters in Northside, Springfield": a name after a place word and before a comma and a city is a district of that city.</summary>
    public static bool BeforeItsCity(SentenceMentions s, int index, int length, ExtractionLexicon lex) =>
        index > 0 && lex.PlaceWords.Contains(s.Sentence.Tokens[index - 1].Key) && index + length + 1 < s.Sentence.Tokens.Count
        && s.Sentence.Tokens[index + length].Text == "," && s.Cities.Any(c => c.Index == index + length + 1);

    /// <summary>"…the likely future chancellor Friedrich Mer": a name that ends a page cut off mid-sentence may be cut too.</summary>
    public static bool CutOff(SentenceMentions s, int end) =>
        end == s.Sentence.Tokens.Count && s.Sentence.Text.Length > 0 && char.IsLetter(s.Sentence.Text[^1]) && s.Sentence.Kind != Document.BlockKind.Headline
        && s.Sentence.Kind != Document.BlockKind.Caption && s.Sentence.Tokens.Count > CutOffMinTokens;
}
