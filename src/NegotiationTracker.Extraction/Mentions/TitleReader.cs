using NegotiationTracker.Extraction.Lexicon;
using NegotiationTracker.Extraction.Text;

namespace NegotiationTracker.Extraction.Mentions;

/// <summary>
/// Reads the title written with a name: before it ("Deputy Foreign Minister Anna Novak",
/// "Chief of the General Staff Main Intelligence (GRU) Ivan Petrov") or after it in apposition
/// ("Ana Silva, the country's Defence Minister"). A title must hold a head word (Minister, aide…).
/// </summary>
internal static class TitleReader
{
    public static (string Title, Party? Party)? Before(SentenceMentions s, int nameStart, ExtractionLexicon lex)
    {
        var tokens = s.Sentence.Tokens;
        // "Prime Minister Sheikh Mohammed", "Gen. Abbas Kamel": an honorific between office and name is neither.
        // "Army Chief General Ana Silva": a rank between office and name is a title of its own (see Honorific).
        while (nameStart > 0 && (lex.Honorifics.Contains(tokens[nameStart - 1].Key) || (tokens[nameStart - 1].Text == "." && nameStart > 1 && lex.Honorifics.Contains(tokens[nameStart - 2].Key))
            || IsRankAfterOffice(tokens, nameStart - 1, lex)))
        {
            nameStart -= tokens[nameStart - 1].Text == "." ? 2 : 1;
        }

        var start = nameStart;
        Party? party = null;
        var i = nameStart - 1;
        while (i >= 0)
        {
            var t = tokens[i];
            if (s.PartyAt(i) is { } p)
            {
                // "Security Council Secretary": an organisation's name inside a title is part of the title.
                // "Special Envoy for Sudan": a party after for/to/of is what the office is about, not whose it is.
                var objectOfTitle = (p.Index > 1 && lex.TitleObjectWords.Contains(tokens[p.Index - 1].Key) && IsTitleWord(tokens[p.Index - 2], lex)) || SecondObject(s, p.Index, lex);
                if (!p.Party.IsOrganisation && !objectOfTitle) { party ??= p.Party; }
                i = p.Index - 1;
                start = p.Index;
                continue;
            }
            if (t.Text == ")" && i >= 2 && tokens[i - 2].Text == "(") { i -= 3; continue; }
            var joins = (lex.TitleConnectors.Contains(t.Text) && ConnectsTitle(tokens, i, lex) && (t.Text != "and" || tokens[i + 1].IsCapitalized)) || SecondObject(s, i + 1, lex);
            // "CIA Director", "AU Commission Chairperson": an organisation's acronym leading the office belongs to it.
            var acronym = t.IsAllCaps && t.IsWord && i + 1 < nameStart && IsTitleWord(tokens[i + 1], lex);
            // "party leaders A and B": a plural head before a list of names is each one's office; before another office it
            // names other people ("First Nation representatives National Chief A").
            var plural = IsPluralHead(t, lex) && !HasHead(tokens, i + 1, nameStart, lex);
            if (IsTitleWord(t, lex) || joins || acronym || plural)
            {
                start = i;
                i--;
                continue;
            }

            // "State Minister for Conflict Resolution": capitalised words the lexicon does not list, after an office's
            // object word, are its portfolio.
            if (Portfolio(tokens, i, lex) is { } objectWord)
            {
                start = objectWord + 1;
                i = objectWord;
                continue;
            }

            // "Social Welfare Minister", "Reconciliation Minister": capitalised words the lexicon does not list, right
            // before a capitalised office, name its portfolio.
            if (PortfolioBefore(s, i, start, nameStart, lex) is { } portfolioStart)
            {
                start = portfolioStart;
                i = portfolioStart - 1;
                continue;
            }

            break;
        }

        // Drop words that qualify the person, not the office ("current"), and leading connectors.
        while (start < nameStart && (lex.TitleConnectors.Contains(tokens[start].Key) || lex.PersonQualifiers.Contains(tokens[start].Key) || (!tokens[start].IsCapitalized && lex.TitleNotOpeners.Contains(tokens[start].Key)) || lex.Honorifics.Contains(tokens[start].Key.TrimEnd('.')) || (s.PartyAt(start) is { Party.IsOrganisation: false } && !(start > 1 && lex.TitleObjectWords.Contains(tokens[start - 1].Key) && IsTitleWord(tokens[start - 2], lex)))))
        {
            start = s.PartyAt(start) is { } p ? p.End : start + 1;
        }

        start = WithModifiers(s, start, nameStart, lex);
        return Span(tokens, start, nameStart, lex) is { } title ? (title, Respective(s, nameStart, 0, lex) ?? party ?? PartyIn(s, start, nameStart)) : null;
    }

    /// <summary>
    /// "Police Minister and Bougainville regional MP": two offices joined by "and", each with its own head word, are two
    /// titles; "Minister of Water and Energy" is one. A person with no title still makes one claim (a null title).
    /// </summary>
    public static IEnumerable<string?> Offices(string? title, ExtractionLexicon lex)
    {
        var and = title?.IndexOf(" and ", StringComparison.Ordinal) ?? -1;
        if (title is null || and < 0) { return [title]; }
        var (first, second) = (title[..and], title[(and + 5)..]);
        return HasHead(first, lex) && HasHead(second, lex) ? [first, second] : [title];
    }

    private static bool HasHead(string part, ExtractionLexicon lex) => Tokenizer.Tokenize(part).Any(t => IsHead(t, lex));

    /// <summary>
    /// "Armenian and Azerbaijani Foreign Ministers A and B": parties joined before a plural office are the names'
    /// in turn; the party at <paramref name="position"/> is the one of the name that many places after the first.
    /// </summary>
    public static Party? Respective(SentenceMentions s, int firstName, int position, ExtractionLexicon lex)
    {
        var tokens = s.Sentence.Tokens;
        var k = firstName - 1;
        var plural = false;
        while (k >= 0 && s.PartyAt(k) is null && (IsTitleWord(tokens[k], lex) || IsPluralHead(tokens[k], lex)))
        {
            plural |= IsPluralHead(tokens[k], lex);
            k--;
        }

        var parties = new List<Party>();
        while (plural && k >= 0 && s.PartyAt(k) is { Party.IsOrganisation: false } p && p.End == k + 1)
        {
            parties.Insert(0, p.Party);
            k = p.Index - 1;
            if (k < 1 || tokens[k].Text is not ("and" or ",")) { break; }
            k--;
        }

        return parties.Count >= 2 && position < parties.Count ? parties[position] : null;
    }

    public static bool IsPluralHead(Token t, ExtractionLexicon lex) => t.IsWord && SingularHead(t.Key, lex) is not null;

    /// <summary>A word of a title already read ("Ministers") that is a plural head.</summary>
    public static bool IsPluralHead(string word, ExtractionLexicon lex) => SingularHead(TextFold.Fold(word), lex) is not null;

    /// <summary>
    /// The singular of a plural head word by the lexicon's plural endings ("leaders", "secretaries", "chairmen"), with
    /// how many letters the two share; null for any other word.
    /// </summary>
    private static (string One, int Stem)? SingularHead(string key, ExtractionLexicon lex)
    {
        foreach (var (plural, singular) in lex.PluralEndings)
        {
            if (key.Length <= plural.Length + 2 || !key.EndsWith(plural, StringComparison.Ordinal)) { continue; }
            var one = key[..^plural.Length] + singular;
            return lex.TitleHeads.Contains(one) || lex.LowercaseTitleHeads.Contains(one) ? (one, key.Length - plural.Length) : null;
        }

        return null;
    }

    /// <summary>"Party Leaders" before two names is each one's "Party Leader": every plural head word made singular, its case kept.</summary>
    public static string Singular(string title, ExtractionLexicon lex) => string.Join(' ', title.Split(' ').Select(w =>
    {
        var key = TextFold.Fold(w);
        // The written word keeps its case; one whose folding changed its length is left as written.
        return SingularHead(key, lex) is { } singular && key.Length == w.Length ? w[..singular.Stem] + singular.One[singular.Stem..] : w;
    }));

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

        // "Boston Bruins owner", "Autonomous Administration representatives": a short run of capitalised words the lexicon
        // knows as no name, party or opener, right before a lowercase head, names the body the office is of.
        if (OwnerBefore(s, start, lex) is { } owner) { return owner; }

        var k = start - 1;
        while (k >= 0 && start - k <= MaxModifiers && tokens[k] is { IsWord: true, IsCapitalized: false } && !lex.TitleConnectors.Contains(tokens[k].Key)
            && !lex.AppositionOpeners.Contains(tokens[k].Key))
        {
            k--;
        }

        if (k == start - 1 || k < 0) { return start; }
        if (tokens[k].Text == ")" && k >= 2 && tokens[k - 2].Text == "(") { return k - 2; }
        if (s.PartyAt(k) is not null) { return k + 1; }
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

    // Capitalised words of a body named before a lowercase office ("San Antonio Spurs").
    private const int MaxOwnerWords = 3;

    /// <summary>
    /// "the minister's spokesperson, Ana Silva, said": a title set off before a name that commas enclose — or that
    /// one comma sets off when the name's verb of speech follows ("Ukraine's president, Ana Silva said"). An honorific
    /// may open the name ("the Greek Cypriot leader, Mr. Ivan Petrov,"), and the office may end with whose it is
    /// ("the Prime Minister of Thailand, Ana Silva,").
    /// </summary>
    public static (string Title, Party? Party)? BeforeApposition(SentenceMentions s, int nameStart, int length, ExtractionLexicon lex)
    {
        var tokens = s.Sentence.Tokens;
        var end = nameStart + length;
        while (nameStart > 0 && (lex.Honorifics.Contains(tokens[nameStart - 1].Key) || (tokens[nameStart - 1].Text == "." && nameStart > 1 && lex.Honorifics.Contains(tokens[nameStart - 2].Key))))
        {
            nameStart -= tokens[nameStart - 1].Text == "." ? 2 : 1;
        }

        // "his Somali counterpart, Mohamed Abdullahi Mohamed (Farmajo), met": a name in brackets after the name is still inside.
        end = AfterBracketedAside(tokens, end);

        // "the two Foreign Ministers, A and B,": after a plural office the first name of the list is followed by the next.
        var enclosed = nameStart > 1 && tokens[nameStart - 1].Text == "," && end < tokens.Count
            && (tokens[end].Text == "," || lex.SpeechVerbs.Contains(tokens[end].Key) || (tokens[end].Text == "and" && IsPluralHead(tokens[nameStart - 2], lex)));
        // "the High Commissioner for Peace, A,": any office read back from the comma, its portfolio included.
        if (!enclosed || (Before(s, nameStart - 1, lex) ?? OfficeOfParty(s, nameStart - 2, lex)) is not { } found) { return null; }
        // "the premier's press secretary": whose office it is ends the title.
        var owner = Math.Max(found.Title.LastIndexOf("'s ", StringComparison.Ordinal), found.Title.LastIndexOf("’s ", StringComparison.Ordinal));
        return owner < 0 ? found : (found.Title[(owner + 3)..], found.Party);
    }

    /// <summary>Just past a short aside in brackets at <paramref name="at"/> ("(Farmajo)", "(R)"), else <paramref name="at"/> itself.</summary>
    private static int AfterBracketedAside(IReadOnlyList<Token> tokens, int at)
    {
        if (at >= tokens.Count || tokens[at].Text != "(") { return at; }
        for (var k = at + 1; k < Math.Min(tokens.Count, at + BracketedAside); k++)
        {
            if (tokens[k].Text == ")") { return k + 1; }
        }

        return at;
    }

    // Tokens a bracketed aside after a name may hold, brackets included: "(Farmajo)", "(2nd L)".
    private const int BracketedAside = 5;

    /// <summary>
    /// "the president of Azerbaijan,", "the foreign minister of Greece,": a lowercase office and the party it is of,
    /// ending at <paramref name="last"/>, set off before a name. Read back from a name, a lowercase office does not reach
    /// over "of" ("an envoy of President X"); before an apposed name the party can only be whose office it is.
    /// </summary>
    private static (string Title, Party? Party)? OfficeOfParty(SentenceMentions s, int last, ExtractionLexicon lex)
    {
        var tokens = s.Sentence.Tokens;
        if (last < 0 || s.PartyAt(last) is not { } p || p.End != last + 1) { return null; }
        var of = p.Index > 0 && tokens[p.Index - 1].Key == "the" ? p.Index - 2 : p.Index - 1;
        if (of <= 0 || tokens[of].Key != "of" || !IsHead(tokens[of - 1], lex) || Before(s, of, lex) is not { } office) { return null; }
        return ($"{office.Title} {string.Join(' ', tokens.Skip(of).Take(last + 1 - of).Select(t => t.Text))}", office.Party ?? p.Party);
    }

    /// <summary>"Dr. Ana Silva", "Gen Ivan Petrov": the honorific right before a name when it is a title of its own.</summary>
    public static string? Honorific(SentenceMentions s, int nameStart, ExtractionLexicon lex)
    {
        var tokens = s.Sentence.Tokens;
        var at = nameStart > 1 && tokens[nameStart - 1].Text == "." ? nameStart - 2 : nameStart - 1;
        return at >= 0 && (lex.HonorificTitles.Contains(tokens[at].Key.TrimEnd('.')) || IsRankAfterOffice(tokens, at, lex)) ? tokens[at].Text : null;
    }

    /// <summary>"Army Chief General", "Chief of Defence Staff (CDS) General": a rank after an office, unless the two are one office ("Secretary General").</summary>
    private static bool IsRankAfterOffice(IReadOnlyList<Token> tokens, int at, ExtractionLexicon lex) =>
        at > 0 && tokens[at].IsCapitalized && lex.Ranks.Contains(tokens[at].Key) && (IsTitleWord(tokens[at - 1], lex) || tokens[at - 1].Text == ")")
        && !lex.RankOffices.Contains($"{tokens[at - 1].Key} {tokens[at].Key}");

    public static (string Title, Party? Party)? After(SentenceMentions s, int nameEnd, ExtractionLexicon lex)
    {
        var tokens = s.Sentence.Tokens;
        if (nameEnd >= tokens.Count || tokens[nameEnd].Text != ",") { return null; }
        var i = nameEnd + 1;
        if (i < tokens.Count && lex.AppositionOpeners.Contains(tokens[i].Key)) { i++; }
        var from = -1;
        var to = -1;
        for (var n = 0; i < tokens.Count && n < 9; i++, n++)
        {
            var t = tokens[i];
            if (t.Text is "," or "." or ";" or "—" || lex.AppositionStops.Contains(t.Key)) { break; }
            // "Ana Silva, together with Defense Minister Ivan Petrov": an office right before another name is that one's,
            // unless the name owns what follows ("Marko Ilic, Petar Novak's special envoy").
            if (to == i && to > 0 && IsHead(tokens[to - 1], lex) && NameRunAt(s, i) is { } other && tokens[other - 1].Text == tokens[other - 1].Bare) { return null; }
            if (t.Key is "and" && !(i + 1 < tokens.Count && tokens[i + 1].IsCapitalized && IsTitleWord(tokens[i + 1], lex))) { break; }
            // "a special envoy of President Ilham Aliyev": the title stops before another person's.
            if (lex.TitleObjectWords.Contains(t.Key) && to > 0 && NameFollows(s, i, lex)) { break; }
            // "head of the Mossad", "prime minister of Qatar": what an office is of belongs to the title.
            if (lex.TitleObjectWords.Contains(t.Key) && to == i && OfWhat(s, i + 1, lex) is var end and > 0) { to = end; i = end - 1; continue; }
            if (IsTitleWord(t, lex) && from < 0) { from = i; }
            if (IsHead(t, lex) || (to > 0 && IsTitleWord(t, lex) && t.IsCapitalized)) { to = i + 1; }
        }

        // "Azerbaijan's Foreign Minister": the party is the person's, the title is what follows it.
        return from >= 0 && to > from && Span(tokens, from, to, lex) is { } title ? (title, PartyIn(s, nameEnd, to)) : null;
    }

    /// <summary>The end of the name run that starts at <paramref name="i"/>, if one does.</summary>
    private static int? NameRunAt(SentenceMentions s, int i)
    {
        foreach (var (index, length) in s.NameRuns)
        {
            if (index == i) { return index + length; }
        }

        return null;
    }

    /// <summary>"Foreign Ministers of Russia and Armenia": the second party an office is of, after "and".</summary>
    private static bool SecondObject(SentenceMentions s, int index, ExtractionLexicon lex)
    {
        var tokens = s.Sentence.Tokens;
        return index > 1 && tokens[index - 1].Text == "and" && s.PartyAt(index - 2) is { } first && first.Index > 1
            && lex.TitleObjectWords.Contains(tokens[first.Index - 1].Key) && IsTitleWord(tokens[first.Index - 2], lex);
    }

    /// <summary>"of the" between title words ("Chief of the General Staff") belongs to the title.</summary>
    private static bool ConnectsTitle(IReadOnlyList<Token> tokens, int i, ExtractionLexicon lex)
    {
        for (var k = i - 1; k >= Math.Max(0, i - 2); k--)
        {
            // Only a capitalised office joins over "of"/"and" ("Minister of Water and Energy"); a lowercase
            // one belongs to someone else ("special envoy of President Ilham Aliyev").
            if (IsTitleWord(tokens[k], lex)) { return tokens[k].IsCapitalized; }
            if (!lex.TitleConnectors.Contains(tokens[k].Text)) { return false; }
        }

        return false;
    }

    private static bool NameFollows(SentenceMentions s, int i, ExtractionLexicon lex)
    {
        var tokens = s.Sentence.Tokens;
        for (var k = i + 1; k < Math.Min(tokens.Count, i + 3); k++)
        {
            if (tokens[k].IsWord && tokens[k].IsCapitalized && !IsTitleWord(tokens[k], lex) && s.PartyAt(k) is null) { return lex.GivenNames.Contains(tokens[k].Key); }
        }

        return false;
    }

    /// <summary>
    /// The end of what an office is of ("the Mossad", "Qatar", "Egypt's intelligence service"): an optional "the",
    /// then parties, capitalised words and title words, up to a few; 0 when there is none.
    /// </summary>
    private static int OfWhat(SentenceMentions s, int from, ExtractionLexicon lex)
    {
        var tokens = s.Sentence.Tokens;
        var k = from < tokens.Count && tokens[from].Key == "the" ? from + 1 : from;
        var end = 0;
        for (; k < tokens.Count && k < from + MaxOfWords; k++)
        {
            var t = tokens[k];
            if (s.PartyAt(k) is { } p) { end = p.End; k = p.End - 1; continue; }
            if (!t.IsWord || lex.GivenNames.Contains(t.Key) || !(t.IsCapitalized || IsTitleWord(t, lex))) { break; }
            end = k + 1;
        }

        return end;
    }

    private const int MaxOfWords = 6;

    /// <summary>The object word ("for", "of") a run of capitalised words back from <paramref name="i"/> follows, after an office's head.</summary>
    private static int? Portfolio(IReadOnlyList<Token> tokens, int i, ExtractionLexicon lex)
    {
        var k = i;
        while (k >= 0 && k > i - MaxPortfolioWords && tokens[k].IsWord && tokens[k].IsCapitalized) { k--; }
        return k < i && k >= 1 && lex.TitleObjectWords.Contains(tokens[k].Key) && IsHead(tokens[k - 1], lex) ? k : null;
    }

    // Capitalised words of an unlisted portfolio read back from a name ("Minister for Local Government Affairs").
    private const int MaxPortfolioWords = 4;

    /// <summary>
    /// Where an unlisted portfolio written before a capitalised office starts ("Social Welfare Minister"), reading back
    /// from <paramref name="i"/>; null when the words there may be anything else: a name part, an opener ("Meanwhile"),
    /// someone's possessive, or the middle of a run of capitals (a headline in title case).
    /// </summary>
    private static int? PortfolioBefore(SentenceMentions s, int i, int start, int nameStart, ExtractionLexicon lex)
    {
        var tokens = s.Sentence.Tokens;
        if (start >= nameStart || !tokens[start].IsCapitalized || s.PartyAt(start) is not null || !HasCapitalisedHead(tokens, start, nameStart, lex)) { return null; }
        var k = i;
        while (k >= 0 && i - k < MaxPortfolioWords - 1 && IsPortfolioWord(s, k, lex)) { k--; }
        if (k == i) { return null; }
        var bounded = k < 0 || !tokens[k].IsWord || !tokens[k].IsCapitalized || s.PartyAt(k) is not null || (k == 0 && lex.NotNames.Contains(tokens[0].Key));
        return bounded ? k + 1 : null;
    }

    private static bool HasHead(IReadOnlyList<Token> tokens, int from, int to, ExtractionLexicon lex)
    {
        for (var k = from; k < to; k++)
        {
            if (IsHead(tokens[k], lex)) { return true; }
        }

        return false;
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

    public static bool IsHead(Token t, ExtractionLexicon lex) =>
        t.IsCapitalized ? lex.TitleHeads.Contains(t.Key) : lex.LowercaseTitleHeads.Contains(t.Key);

    private static bool IsTitleWord(Token t, ExtractionLexicon lex) =>
        t.IsWord && (lex.TitleWords.Contains(t.Key) || lex.LowercaseTitleHeads.Contains(t.Key) || (!t.IsCapitalized && lex.LowercaseTitleWords.Contains(t.Key)));

    private static string? Span(IReadOnlyList<Token> tokens, int from, int to, ExtractionLexicon lex)
    {
        if (to <= from || !Enumerable.Range(from, to - from).Any(k => IsHead(tokens[k], lex) || IsPluralHead(tokens[k], lex))) { return null; }
        // "a State of New Caledonia": an office never ends in "of" or "for" right before the name; that is a place's name.
        if (lex.TitleConnectors.Contains(tokens[to - 1].Text)) { return null; }
        var text = string.Concat(Enumerable.Range(from, to - from).Select(k =>
            (k > from && tokens[k].Text is not (")" or ",") && tokens[k - 1].Text != "(" ? " " : "") + tokens[k].Text));
        return text.Length > 0 ? text : null;
    }

    private static Party? PartyIn(SentenceMentions s, int from, int to) =>
        s.Parties.FirstOrDefault(p => p.Index >= from && p.Index < to)?.Party;
}
