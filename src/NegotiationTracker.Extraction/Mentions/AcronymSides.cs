using NegotiationTracker.Extraction.Lexicon;
using NegotiationTracker.Extraction.Text;

namespace NegotiationTracker.Extraction.Mentions;

/// <summary>
/// "the ANC and the government opened their first formal meeting", "talks between the government and the FARC", "the
/// KPNLF delegation": a movement so well known that the page never spells it out is still a side when its acronym is
/// written together with "the government" or with its team. Only those name it; an acronym elsewhere may be an agency,
/// a treaty or a news outlet.
/// </summary>
internal static class AcronymSides
{
    private const int MaxLetters = 6;

    public static IEnumerable<string> Find(IReadOnlyList<Sentence> sentences, ExtractionLexicon lex)
    {
        var alone = StandingAlone(sentences);
        foreach (var s in sentences)
        {
            var tokens = s.Tokens;
            foreach (var name in Paired(tokens, lex).Concat(Led(tokens, lex)).Concat(Hyphened(tokens, alone, lex)).Concat(TalkedWith(tokens, lex))) { yield return name; }
            for (var i = 1; i < tokens.Count; i++)
            {
                if (IsAcronym(tokens[i]) && tokens[i - 1].Key == "the" && lex.PartyTerms.MatchAt(tokens, i) is null
                    && (Government(tokens, i + 1, lex) || GovernmentBefore(tokens, i - 1, lex) || Team(tokens, i + 1, lex)))
                {
                    yield return tokens[i].Text;
                }
            }
        }
    }

    /// <summary>
    /// "the CDU/CSU and SPD wrestled for compromises", "the WGA and the AMPTP last met", "the ÖVP, SPÖ and NEOS coalition talks": acronyms no lexicon knows,
    /// written together in a sentence about talks, are the two sides; not after a word that makes them a topic ("talks on
    /// the JCPOA and the IAEA").
    /// </summary>
    private static IEnumerable<string> Paired(IReadOnlyList<Token> tokens, ExtractionLexicon lex)
    {
        if (!tokens.Any(t => lex.TalkNouns.Contains(t.Key) || lex.MeetingWords.Contains(t.Key))) { yield break; }
        for (var i = 0; i < tokens.Count; i++)
        {
            if (Composite(tokens, i, lex) is not { } first) { continue; }
            var before = i > 0 && tokens[i - 1].Key == "the" ? i - 2 : i - 1;
            var and = i + first.Length;
            // "a possible ÖVP, SPÖ and NEOS coalition": acronyms listed with commas before the "and" are sides as well.
            var listed = new List<string> { first.Name };
            while (and + 1 < tokens.Count && tokens[and].Text == "," && Composite(tokens, and + 1, lex) is { } more)
            {
                listed.Add(more.Name);
                and += 1 + more.Length;
            }
            // "talks about the FPÖ–ÖVP coalition talks": a dash joins the two as "and" does, and names the talks' sides after any word.
            if (and >= tokens.Count || !(tokens[and].Key == "and" || tokens[and].Text is "–" or "—")) { continue; }
            if (tokens[and].Key == "and" && before >= 0 && TopicWords.Contains(tokens[before].Key)) { continue; }
            var next = and + 1 < tokens.Count && tokens[and + 1].Key == "the" ? and + 2 : and + 1;
            if (Composite(tokens, next, lex) is not { } second) { continue; }
            foreach (var name in listed) { yield return name; }
            yield return second.Name;
            i = next + second.Length - 1;
        }
    }

    /// <summary>
    /// "ÖVP leader Ana Silva and FPÖ chairman Ivan Petrov tried…": two acronyms no lexicon knows, each right
    /// before a word for a party's leader (the lexicon's <c>partyLeaderWords</c>), in a sentence about talks, are two sides.
    /// One alone may be anything ("CIA Director"), and so may a director or head.
    /// </summary>
    private static List<string> Led(IReadOnlyList<Token> tokens, ExtractionLexicon lex)
    {
        // A loop that allocates only on a find: this runs over every sentence about talks.
        List<string>? led = null;
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (!lex.PartyLeaderWords.Contains(tokens[i + 1].Key) || !IsAcronym(tokens[i]) || lex.PartyTerms.MatchAt(tokens, i) is not null) { continue; }
            led ??= [];
            if (!led.Contains(tokens[i].Text)) { led.Add(tokens[i].Text); }
        }

        return led is { Count: >= 2 } && tokens.Any(t => lex.TalkNouns.Contains(t.Key) || lex.MeetingWords.Contains(t.Key)) ? led : [];
    }

    /// <summary>
    /// "NHL-NHLPA meeting under way": a hyphen joins two sides when the page also writes each half alone ("the NHL",
    /// "the NHLPA"); "SAG-AFTRA", whose halves never stand alone, is one name.
    /// </summary>
    private static IEnumerable<string> Hyphened(IReadOnlyList<Token> tokens, HashSet<string> alone, ExtractionLexicon lex)
    {
        foreach (var t in tokens)
        {
            var dash = t.Text.IndexOf('-', StringComparison.Ordinal);
            if (dash < 0 || !IsAcronym(t) || !alone.Contains(t.Text[..dash]) || !alone.Contains(t.Text[(dash + 1)..])) { continue; }
            if (!tokens.Any(x => lex.TalkNouns.Contains(x.Key) || lex.MeetingWords.Contains(x.Key))) { yield break; }
            yield return t.Text[..dash];
            yield return t.Text[(dash + 1)..];
        }
    }

    /// <summary>
    /// "will resume its negotiations with CPS on Thursday", "talks with the KNUT": an acronym no lexicon knows, right after
    /// a word for talks and "with", is whom the talks are with.
    /// </summary>
    private static IEnumerable<string> TalkedWith(IReadOnlyList<Token> tokens, ExtractionLexicon lex)
    {
        for (var i = 2; i < tokens.Count; i++)
        {
            var with = tokens[i - 1].Key == "the" ? i - 2 : i - 1;
            // "talks with NZ First", "with DEM Party": an acronym that opens a longer name is not the side's whole name.
            if (with < 1 || tokens[with].Key != "with" || !IsAcronym(tokens[i]) || tokens[i].Text.Contains('-', StringComparison.Ordinal)
                || (i + 1 < tokens.Count && tokens[i + 1].IsWord && tokens[i + 1].IsCapitalized)) { continue; }
            if ((lex.TalkNouns.Contains(tokens[with - 1].Key) || lex.MeetingWords.Contains(tokens[with - 1].Key)) && lex.PartyTerms.MatchAt(tokens, i) is null) { yield return tokens[i].Text; }
        }
    }

    /// <summary>The acronyms the page writes on their own, not inside a hyphened pair.</summary>
    private static HashSet<string> StandingAlone(IReadOnlyList<Sentence> sentences) =>
        sentences.SelectMany(s => s.Tokens).Where(t => t.Text.Length > 1 && !t.Text.Contains('-', StringComparison.Ordinal) && IsAcronym(t))
            .Select(t => t.Text).ToHashSet(StringComparer.Ordinal);

    private static readonly HashSet<string> TopicWords = ["on", "of", "about", "over", "under", "to", "from", "by"];

    /// <summary>An acronym no lexicon knows, alone or joined to another by a slash ("CDU/CSU"), with its length in tokens.</summary>
    private static (string Name, int Length)? Composite(IReadOnlyList<Token> tokens, int i, ExtractionLexicon lex)
    {
        if (i >= tokens.Count || !IsAcronym(tokens[i]) || lex.PartyTerms.MatchAt(tokens, i) is not null) { return null; }
        return i + 2 < tokens.Count && tokens[i + 1].Text == "/" && IsAcronym(tokens[i + 2])
            ? ($"{tokens[i].Text}/{tokens[i + 2].Text}", 3) : (tokens[i].Text, 1);
    }

    /// <summary>An acronym: two to six capital letters ("ANC", "KPNLF"), or two such joined by a hyphen ("SAG-AFTRA", "AFL-CIO").</summary>
    internal static bool IsAcronym(Token t)
    {
        if (!t.IsAllCaps) { return false; }
        var dash = t.Text.IndexOf('-', StringComparison.Ordinal);
        return dash < 0 ? IsLetters(t.Text) : dash >= 2 && t.Text.Length - dash > 2 && IsLetters(t.Text[..dash]) && IsLetters(t.Text[(dash + 1)..]);
    }

    private static bool IsLetters(string text) => text.Length <= MaxLetters && text.All(char.IsLetter);

    /// <summary>"… and the government" right after the acronym.</summary>
    private static bool Government(IReadOnlyList<Token> tokens, int at, ExtractionLexicon lex) =>
        at + 2 < tokens.Count && tokens[at].Key == "and" && tokens[at + 1].Key == "the" && lex.GovernmentWords.Contains(tokens[at + 2].Key);

    /// <summary>"the KPNLF delegation", "the FUNCINPEC team": a team is a side's.</summary>
    /// <remarks>
    /// "the ULFA pro-talks faction", "the LRA rebels": so is a word for a movement's people one word on. "Parties" is not:
    /// "the JCPOA parties" are those of an agreement.
    /// </remarks>
    private static bool Team(IReadOnlyList<Token> tokens, int at, ExtractionLexicon lex) =>
        (at < tokens.Count && tokens[at].Key is "delegation" or "team" or "delegations" && lex.DelegationNouns.Contains(tokens[at].Key))
        || Enumerable.Range(at, Math.Min(2, tokens.Count - at)).Any(k => lex.OrganisationCues.Contains(tokens[k].Key) && tokens[k].Key is not ("party" or "parties" or "opposition"));

    /// <summary>"the government and …" right before the acronym's "the".</summary>
    private static bool GovernmentBefore(IReadOnlyList<Token> tokens, int the, ExtractionLexicon lex) =>
        the >= 3 && tokens[the - 1].Key == "and" && lex.GovernmentWords.Contains(tokens[the - 2].Key) && tokens[the - 3].Key == "the";
}
