using NegotiationTracker.Extraction.Lexicon;
using NegotiationTracker.Extraction.Text;

namespace NegotiationTracker.Extraction.Mentions;

// Words around an office's head that belong to it: lowercase modifiers, the body before a lowercase office ("Riverside Hawks
// owner"), and unlisted portfolios ("Minister for Local Government Affairs", "Social Welfare Minister").
internal static partial class TitleReader
{
    /// <summary>
    /// "MILF peace panel chair X", "the Hamas hostages coordinator X": lowercase words between an organisation's
    /// name and a lowercase head are the office's. Without such a name before them they may be anything
    /// ("included hostages coordinator X"), and the head stands alone.
    /// </summary>
    private static int WithModifiers(SentenceMentions s, int start, int nameStart, ExtractionLexicon lex)
    {
        var tokens = s.Sentence.Tokens;
        if (start != nameStart - 1 || tokens[start].IsCapitalized) { return start; }
        // "DEM lawmakers", "former Zanzibar presidents": an acronym or a place the lexicon has as no party, right before a
        // lowercase head, is whose office it is, and a lowercase title word before it belongs to the office too.
        if (start > 0 && tokens[start - 1] is { IsWord: true, IsCapitalized: true } whose && s.PartyAt(start - 1) is null
            && (AcronymSides.IsAcronym(whose) || s.Cities.Any(c => c.Index == start - 1)))
        {
            return start > 1 && tokens[start - 2] is { IsCapitalized: false } before && IsTitleWord(before, lex) ? start - 2 : start - 1;
        }

        // "Riverside Hawks owner", "Regional Administration representatives": a short run of capitalised words the lexicon
        // knows as no name, party or opener, right before a lowercase head, names the body the office is of.
        if (OwnerBefore(s, start, lex) is { } owner) { return owner; }

        var k = start - 1;
        // "Representing the WNBPA were president X": a verb of the clause ("were", "met") is no modifier of the office after it.
        while (k >= 0 && start - k <= MaxModifiers && tokens[k] is { IsWord: true, IsCapitalized: false } && !lex.TitleConnectors.Contains(tokens[k].Key)
            && !lex.AppositionOpeners.Contains(tokens[k].Key) && !lex.PastTenseWords.Contains(tokens[k].Key))
        {
            k--;
        }

        if (k == start - 1 || k < 0) { return start; }
        if (tokens[k].Text == ")" && k >= 2 && tokens[k - 2].Text == "(") { return k - 2; }
        if (s.PartyAt(k) is not null) { return k + 1; }
        // "Afterwards league commissioner X": a word only its place makes capitalised opens the sentence; the one word after
        // it opens the office ("With them were delegates X" has no office before "delegates", see below).
        if (k == 0 && start == 2 && tokens[k] is { IsWord: true, IsCapitalized: true, IsAllCaps: false } && s.PartyAt(k) is null && !lex.GivenNames.Contains(tokens[k].Key)) { return k + 1; }
        // "With them were delegates X": a capitalised word the lexicon knows as no name's opens the sentence, not an office.
        return tokens[k].IsWord && tokens[k].IsCapitalized && !lex.GivenNames.Contains(tokens[k].Key) && !lex.NotNames.Contains(tokens[k].Key) ? k : start;
    }

    private const int MaxModifiers = 2;

    private static int? OwnerBefore(SentenceMentions s, int head, ExtractionLexicon lex)
    {
        var tokens = s.Sentence.Tokens;
        var k = head - 1;
        while (k >= 0 && head - k <= MaxOwnerWords && IsPortfolioWord(s, k, lex)) { k--; }
        if (k == head - 1 || head - k > MaxOwnerWords) { return null; }
        // The run must start after a lowercase word or a comma: a capitalised word before it may end a name.
        return k < 0 || tokens[k] is { IsWord: true, IsCapitalized: false } || tokens[k].Text == "," ? k + 1 : null;
    }

    // Capitalised words of a body named before a lowercase office ("San Antonio Rangers").
    private const int MaxOwnerWords = 3;

    /// <summary>The object word ("for", "of") a run of capitalised words back from <paramref name="i"/> follows, after an office's head.</summary>
    private static int? Portfolio(IReadOnlyList<Token> tokens, int i, ExtractionLexicon lex)
    {
        var k = i;
        while (k >= 0 && k > i - MaxPortfolioWords && tokens[k].IsWord && tokens[k].IsCapitalized) { k--; }
        // "the President of the Republic, Daniel Chapo,", "Minister of the Kingdom X": the article may stand between the office's
        // object word and its portfolio when a comma closes the office or the portfolio is the state itself; right before a
        // name, capitalised words after "of the" may open a body's name instead ("Chairman of the African Peer Review Mechanism").
        if (k < i && k >= 2 && tokens[k].Key == "the" && lex.TitleObjectWords.Contains(tokens[k - 1].Key)
            && ((i + 1 < tokens.Count && tokens[i + 1].Text == ",") || lex.StateOwners.Contains(tokens[i].Key)))
        {
            k--;
        }
        return k < i && k >= 1 && lex.TitleObjectWords.Contains(tokens[k].Key) && IsHead(tokens[k - 1], lex) ? k : null;
    }

    // Capitalised words of an unlisted portfolio read back from a name ("Minister for Local Government Affairs").
    private const int MaxPortfolioWords = 4;

    /// <summary>
    /// "Minister of Industry, Trade and Supply X", "Minister of Ecology, Geology, and Natural Resources X": portfolios listed
    /// with commas and "and" after an office's object word, read back from <paramref name="i"/>. No word of the list may be a
    /// party, a given name or another office's head ("Prime Minister of Grenada A, Prime Minister of …" is two offices).
    /// </summary>
    private static int? PortfolioList(SentenceMentions s, int i, int nameStart, ExtractionLexicon lex)
    {
        var tokens = s.Sentence.Tokens;
        var (k, words, item, commas) = (i, 0, 0, 0);
        for (; k >= 0 && i - k <= MaxListTokens; k--)
        {
            var t = tokens[k];
            if (t.IsWord && t.IsCapitalized && s.PartyAt(k) is null && !lex.GivenNames.Contains(t.Key) && !IsHead(t, lex))
            {
                words++;
                if (++item > MaxItemWords) { return null; }
                continue;
            }

            if (t.Key != "and" && t.Text != ",") { break; }
            commas += t.Text == "," ? 1 : 0;
            item = 0;
        }

        // One "and" closes the list, in it or between it and the name ("Political, Legal and Security Affairs"); a second
        // one is a list of people ("Minister of Health and Welfare A, and KMA President B").
        var ands = Enumerable.Range(k + 1, nameStart - k - 1).Count(n => tokens[n].Key == "and");
        // "…for Foreign Affairs and Security Policy, British Foreign Secretary X": words read already that hold an office's head
        // make an office of their own, and the list before the comma is another's.
        // A party among the words read already ("… and Moroccans Resident Abroad") ends a list of portfolios no name follows.
        if (HasHead(tokens, i + 1, nameStart, lex) || Enumerable.Range(i + 1, Math.Max(0, nameStart - i - 1)).Any(n => s.PartyAt(n) is not null)) { return null; }
        return words > 0 && commas > 0 && ands == 1 && k >= 1 && lex.TitleObjectWords.Contains(tokens[k].Key) && tokens[k + 1].IsCapitalized && IsHead(tokens[k - 1], lex) ? k : null;
    }

    // Capitalised words of one listed portfolio ("International Cooperation").
    private const int MaxItemWords = 3;

    // Tokens of a listed portfolio, commas and "and" included: "Interior, Security and Customary Affairs".
    private const int MaxListTokens = 10;

    /// <summary>
    /// Where an unlisted portfolio written before an office starts ("Social Welfare Minister", "Ecowas commission president"), reading back
    /// from <paramref name="i"/>; null when the words there may be anything else: a name part, an opener ("Meanwhile"),
    /// someone's possessive, or the middle of a run of capitals (a headline in title case).
    /// </summary>
    private static int? PortfolioBefore(SentenceMentions s, int i, int start, int nameStart, ExtractionLexicon lex)
    {
        var tokens = s.Sentence.Tokens;
        // "Social Welfare Minister", and before a lowercase office too: "Assembly Republican leader", "Ecowas commission president".
        if (start >= nameStart || s.PartyAt(start) is not null || !(tokens[start].IsCapitalized ? HasCapitalisedHead(tokens, start, nameStart, lex) : IsHead(tokens[start], lex) || IsTitleWord(tokens[start], lex))) { return null; }
        var k = i;
        while (k >= 0 && i - k < MaxPortfolioWords - 1 && IsPortfolioWord(s, k, lex)) { k--; }
        if (k == i) { return null; }
        var bounded = k < 0 || !tokens[k].IsWord || !tokens[k].IsCapitalized || s.PartyAt(k) is not null || (k == 0 && lex.NotNames.Contains(tokens[0].Key));
        return bounded ? k + 1 : null;
    }

    // A loop, not LINQ: asked at every stop of every title read back from a name.
    private static bool HasCapitalisedHead(IReadOnlyList<Token> tokens, int from, int to, ExtractionLexicon lex)
    {
        for (var k = from; k < to; k++)
        {
            if (tokens[k].IsCapitalized && IsHead(tokens[k], lex)) { return true; }
        }

        return false;
    }

    private static bool IsPortfolioWord(SentenceMentions s, int k, ExtractionLexicon lex)
    {
        var t = s.Sentence.Tokens[k];
        return t.IsWord && t.IsCapitalized && t.Text.Length > 1 && t.Text == t.Bare && s.PartyAt(k) is null && !s.Cities.Any(c => c.Index == k) && !lex.NotNames.Contains(t.Key) && !lex.GivenNames.Contains(t.Key)
            && !lex.Honorifics.Contains(t.Key) && !lex.Ranks.Contains(t.Key);
    }
}
