using NegotiationTracker.Extraction.Lexicon;
using NegotiationTracker.Extraction.Text;

namespace NegotiationTracker.Extraction.Mentions;

/// <summary>
/// What a name's neighbours say of it. In "delegates Jorge Enrique Mora, Frank Pearl and Luis Carlos Villegas" one
/// title serves the whole list, so once one of the listed names is a person, the names joined to it only by list
/// marks are people too. And "Jeyhun Baryamov" beside "Jeyhun Bayramov" is one person spelt wrong once.
/// </summary>
internal static class NameLists
{
    /// <summary>
    /// Name runs of a list ("A, B and C", "A e B") that holds a run already accepted as a person. A list needs a
    /// joining word: "Jane Doe, Getty Images" is a name and its apposition, not two people.
    /// </summary>
    public static IEnumerable<(int Index, int Length)> Listed(SentenceMentions s, Func<string, bool> isPerson, ExtractionLexicon lex)
    {
        var tokens = s.Sentence.Tokens;
        var runs = s.NameRuns.Where(r => PersonFinder.IsNameLength(s, r, lex) && !PersonFinder.IsCredit(tokens, r.Index, r.Length)
            && !PersonFinder.NamesAPlaceOrBody(tokens, r.Index + r.Length, lex)).ToList();
        var k = 0;
        while (k < runs.Count)
        {
            // The chain of runs from k that list marks alone join, and whether a word ("and") joins any of them.
            var last = k;
            var worded = false;
            while (last + 1 < runs.Count && Joined(tokens, PastBracket(tokens, runs[last].Index + runs[last].Length, runs[last + 1].Index), runs[last + 1].Index, lex, out var word))
            {
                worded |= word;
                last++;
            }

            var chain = runs.GetRange(k, last - k + 1);
            // Three names or more in a row are a list though no word joins them ("Craig Adams, David Backes, Martin Biron, …").
            if ((worded || chain.Count >= UnwordedList) && chain.Any(r => isPerson(PersonFinder.Key(tokens, r.Index, r.Length))))
            {
                foreach (var r in chain.Where(r => !isPerson(PersonFinder.Key(tokens, r.Index, r.Length)))) { yield return r; }
            }

            k = last + 1;
        }
    }

    private const int UnwordedList = 3;

    /// <summary>
    /// "James Orengo (ODM), Eseli Simiyu (Ford Kenya), and …": a short bracket after a listed name (its party, its country) is
    /// part of that item; the list goes on after it.
    /// </summary>
    private static int PastBracket(IReadOnlyList<Token> tokens, int from, int to)
    {
        if (from >= to || tokens[from].Text != "(") { return from; }
        var close = from + 1;
        while (close < to && close - from <= MaxBracketTokens && tokens[close].Text != ")") { close++; }
        return close < to && tokens[close].Text == ")" ? close + 1 : from;
    }

    private const int MaxBracketTokens = 5;

    /// <summary>One or two list marks and nothing else between two runs (", ", " and ", ", and "); <paramref name="word"/> when one is a word.</summary>
    private static bool Joined(IReadOnlyList<Token> tokens, int from, int to, ExtractionLexicon lex, out bool word)
    {
        word = Enumerable.Range(from, Math.Max(0, to - from)).Any(k => tokens[k].IsWord);
        return to - from is 1 or 2 && Enumerable.Range(from, to - from).All(k => lex.ListJoiners.Contains(tokens[k].Key));
    }

    /// <summary>
    /// Accepted names that differ from an earlier one only by one letter changed, added or dropped, or two neighbouring letters swapped,
    /// in a long last word or in the long words before it, doubled letters aside: each maps to the earlier spelling.
    /// </summary>
    public static IEnumerable<(string Variant, string Name)> Misspelt(Dictionary<string, string> accepted)
    {
        // Compared with doubled letters written once, so "Mitchel McLaren" meets "Mitchell McLoren".
        var keys = accepted.Keys.Where(k => k.Contains(' ', StringComparison.Ordinal)).Select(k => (Key: k, Loose: PersonFinder.Loose(k))).ToList();
        for (var j = 1; j < keys.Count; j++)
        {
            var loose = keys[j].Loose;
            var cut = loose.LastIndexOf(' ');
            // The slip may be in the surname ("Mitchel McLaren") or in the given name ("Mahmad Salah", "Abihisit Suwan").
            var earlier = keys.Take(j).FirstOrDefault(k => k.Loose.LastIndexOf(' ') is var other && other > 0
                && ((k.Loose[..other] == loose[..cut] && OneSlip(k.Loose[(other + 1)..], loose[(cut + 1)..]))
                    || (k.Loose[other..] == loose[cut..] && OneSlip(k.Loose[..other], loose[..cut]))));
            if (earlier != default) { yield return (keys[j].Key, accepted[earlier.Key]); }
        }
    }

    /// <summary>At least six letters, and one substitution, one swap of neighbours, or one letter more or less apart.</summary>
    private static bool OneSlip(string a, string b)
    {
        if (Math.Min(a.Length, b.Length) < MinSlipLength || a == b) { return false; }
        if (a.Length != b.Length) { return Math.Abs(a.Length - b.Length) == 1 && OneLetterMore(a.Length > b.Length ? a : b, a.Length > b.Length ? b : a); }
        var diffs = Enumerable.Range(0, a.Length).Where(i => a[i] != b[i]).ToList();
        return diffs.Count == 1 || (diffs.Count == 2 && diffs[1] == diffs[0] + 1 && a[diffs[0]] == b[diffs[1]] && a[diffs[1]] == b[diffs[0]]);
    }

    /// <summary>"abihisit" is "abhisit" with one letter more.</summary>
    private static bool OneLetterMore(string longer, string shorter)
    {
        var k = 0;
        while (k < shorter.Length && longer[k] == shorter[k]) { k++; }
        return string.CompareOrdinal(longer, k + 1, shorter, k, shorter.Length - k) == 0;
    }

    // Short surnames differing by one letter are often two people (Kim/Kin, Lee/Lei); long ones rarely are.
    private const int MinSlipLength = 6;
}
