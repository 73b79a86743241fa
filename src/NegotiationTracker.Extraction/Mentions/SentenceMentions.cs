using NegotiationTracker.Extraction.Lexicon;
using NegotiationTracker.Extraction.Text;

namespace NegotiationTracker.Extraction.Mentions;

/// <summary>What one sentence names: parties, cities, and candidate name runs (capitalised words that may be a person).</summary>
public sealed class SentenceMentions
{
    public required Sentence Sentence { get; init; }
    public required IReadOnlyList<PartyMention> Parties { get; init; }
    public required IReadOnlyList<(City City, int Index)> Cities { get; init; }
    public required IReadOnlyList<(int Index, int Length)> NameRuns { get; init; }
    public List<PersonMention> People { get; } = [];

    public static SentenceMentions Find(Sentence sentence, ExtractionLexicon lexicon, PageParties? page = null)
    {
        var tokens = sentence.Tokens;
        var parties = lexicon.PartyTerms.FindAll(tokens).Select(h => new PartyMention(h.Value.Party, h.Value.Kind, h.Index, h.Length)).ToList();
        if (page is { Parties.Count: > 0 }) { parties = WithPageParties(parties, page.Terms.FindAll(tokens).Select(h => new PartyMention(h.Value.Party, h.Value.Kind, h.Index, h.Length)).ToList()); }
        parties.RemoveAll(p => QualifiesAMovement(tokens, parties, p, lexicon));
        // "the OSCE Minsk Group", "the Algiers Declaration": a city inside a name is no place of the sentence.
        var cities = lexicon.Cities.FindAll(tokens).Where(h => h.Index + h.Length >= tokens.Count || !lexicon.CityNameNouns.Contains(tokens[h.Index + h.Length].Key))
            .Select(h => (h.Value, h.Index)).ToList();
        var taken = new bool[tokens.Count];
        foreach (var p in parties) { for (var i = p.Index; i < p.End; i++) { taken[i] = true; } }
        foreach (var c in cities) { taken[c.Index] = true; }
        // "Tan Sri Abdul Rahim Noor": the words of an honorific of several words open no name ("Tan" alone may).
        foreach (var (_, index, length) in lexicon.HonorificPhrases.FindAll(tokens)) { Array.Fill(taken, true, index, length); }
        var runs = FindNameRuns(tokens, taken, lexicon);
        cities.AddRange(CapitalPhrase.Find(tokens, parties, cities, lexicon));
        cities.Sort((a, b) => a.Index.CompareTo(b.Index));
        return new SentenceMentions { Sentence = sentence, Parties = parties, Cities = cities, NameRuns = runs };
    }

    /// <summary>
    /// "the Palestinian group Hamas", "Lebanon's militant group Hezbollah": a state's word before a word for movements and
    /// the movement's name says where the movement is from; the state is no one in that sentence.
    /// </summary>
    private static bool QualifiesAMovement(IReadOnlyList<Token> tokens, List<PartyMention> parties, PartyMention p, ExtractionLexicon lexicon)
    {
        if (p.Party.IsOrganisation) { return false; }
        var k = p.End;
        var cues = 0;
        while (k < tokens.Count && k - p.End < MovementQualifierReach && !tokens[k].IsCapitalized && tokens[k].IsWord)
        {
            cues += lexicon.OrganisationCues.Contains(tokens[k].Key) ? 1 : 0;
            k++;
        }

        return cues > 0 && parties.Any(m => m.Index == k && m.Party.IsOrganisation && m.Party.CanNegotiate);
    }

    // "Palestinian militant group Hamas": the lower-case words between a state's word and the movement.
    private const int MovementQualifierReach = 3;

    /// <summary>"the Front for Change and Concord in Chad": a page party's name holds the lexicon's party inside it, and wins.</summary>
    private static List<PartyMention> WithPageParties(List<PartyMention> known, List<PartyMention> page)
    {
        if (page.Count == 0) { return known; }
        var merged = known.Where(k => !page.Any(p => k.Index < p.End && p.Index < k.End)).Concat(page).ToList();
        merged.Sort((a, b) => a.Index.CompareTo(b.Index));
        return merged;
    }

    /// <summary>The party written at a token, if any (a loop: asked of most tokens, a closure each time added up).</summary>
    public PartyMention? PartyAt(int index)
    {
        for (var i = 0; i < Parties.Count; i++)
        {
            if (index >= Parties[i].Index && index < Parties[i].End) { return Parties[i]; }
        }

        return null;
    }

    /// <summary>
    /// "A K Mishra", "M Daniel Lotha": initials without stops opening a name. One "A" or "I" alone is an article or a
    /// pronoun far more often, so those open a name only beside a second initial.
    /// </summary>
    private static int LeadingInitials(IReadOnlyList<Token> tokens, int i, bool[] taken, ExtractionLexicon lexicon)
    {
        // "H.E Demeke Mekonnen": a letter after a stop ends an abbreviation (an honorific), it opens no name.
        if (i > 0 && tokens[i - 1].Text == ".") { return 0; }
        var k = 0;
        while (k < MaxLeadingInitials && i + k < tokens.Count && !taken[i + k] && IsInitial(tokens[i + k])) { k++; }
        var nameAfter = k > 0 && i + k < tokens.Count && IsNameWord(tokens[i + k], taken[i + k], lexicon);
        return nameAfter && (k > 1 || tokens[i].Text is not ("A" or "I")) ? k : 0;
    }

    private const int MaxLeadingInitials = 2;

    private static bool IsInitial(Token token) => token.Text.Length == 1 && char.IsUpper(token.Text[0]);

    /// <summary>"Getachew K Reda": one capital letter between two name words is a middle initial.</summary>
    private static bool IsMiddleInitial(IReadOnlyList<Token> tokens, int i, int start) =>
        i > start && tokens[i].Text.Length == 1 && char.IsUpper(tokens[i].Text[0]);

    /// <summary>
    /// "Humberto de la Calle", "Frederik de Klerk": one or two particles inside a name carry it on to the surname after them.
    /// That surname may be a word that alone names no one (Calle, "street"): after a given name and particles it is a name.
    /// </summary>
    private static int? SurnameAfterParticles(IReadOnlyList<Token> tokens, int i, bool[] taken, ExtractionLexicon lexicon)
    {
        var k = i + 1;
        while (k < tokens.Count && k - i <= 2 && lexicon.NameParticles.Contains(tokens[k].Text)) { k++; }
        if (k >= tokens.Count) { return null; }
        var t = tokens[k];
        var surname = IsNameWord(t, taken[k], lexicon)
            || (!taken[k] && t.IsWord && t.IsCapitalized && !t.IsAllCaps && t.Text.Length > 1 && !lexicon.TitleWords.Contains(t.Key) && !lexicon.Honorifics.Contains(t.Key));
        return surname ? k : null;
    }

    /// <summary>"al-Rashidi", "bin-Salman": a particle joined to a capitalised name.</summary>
    private static bool IsParticleName(Token token, ExtractionLexicon lexicon)
    {
        var dash = token.Text.IndexOf('-', StringComparison.Ordinal);
        return dash > 0 && dash + 1 < token.Text.Length && char.IsUpper(token.Text[dash + 1]) && lexicon.NameParticles.Contains(token.Text[..dash]);
    }

    private static List<(int, int)> FindNameRuns(IReadOnlyList<Token> tokens, bool[] taken, ExtractionLexicon lexicon)
    {
        var runs = new List<(int, int)>();
        var i = 0;
        while (i < tokens.Count)
        {
            var initials = LeadingInitials(tokens, i, taken, lexicon);
            if (initials == 0 && !IsNameWord(tokens[i], taken[i], lexicon) && !OpensNameAfterTitle(tokens, i, taken, lexicon)) { i++; continue; }
            var start = i;
            i += initials;
            if (initials == 0 && !IsNameWord(tokens[i], taken[i], lexicon)) { i++; }
            while (i < tokens.Count)
            {
                if (IsNameWord(tokens[i], taken[i], lexicon)
                    || (IsMiddleInitial(tokens, i, start) && i + 1 < tokens.Count && IsNameWord(tokens[i + 1], taken[i + 1], lexicon))) { i++; }
                else if (i > start && lexicon.NameParticles.Contains(tokens[i].Text) && SurnameAfterParticles(tokens, i, taken, lexicon) is { } surname) { i = surname + 1; }
                else if (i == start && lexicon.NameParticles.Contains(tokens[i].Text) && i + 1 < tokens.Count && IsNameWord(tokens[i + 1], taken[i + 1], lexicon)) { i++; }
                else { break; }
            }

            var length = i - start;
            if (length >= LongPortfolioRun && AfterOfficeObjectWord(tokens, start, lexicon) && !tokens.Skip(start).Take(length).Any(t => lexicon.NameParticles.Contains(t.Text)))
            {
                // "State Minister for Conflict Resolution Goga Khaindrava": an office's own words the lexicon does not list run
                // into the name; a name is its last two words there.
                (start, length) = (start + length - 2, 2);
            }

            runs.AddRange(SplitAtSecondName(tokens, start, length, lexicon));
        }

        return runs;
    }

    // Capitalised words after "Minister for" from which on the first ones are the office's, not the name's.
    private const int LongPortfolioRun = 4;

    /// <summary>"Minister for …", "Commissioner of …": the run opens right after an office's object word.</summary>
    private static bool AfterOfficeObjectWord(IReadOnlyList<Token> tokens, int start, ExtractionLexicon lexicon) =>
        start >= 2 && lexicon.TitleObjectWords.Contains(tokens[start - 1].Key) && lexicon.TitleHeads.Contains(tokens[start - 2].Key);

    /// <summary>
    /// "Advisor Vladimir Putin Yuriy Ushakov": a second given name after a surname starts a second person.
    /// A given name after another given name ("Juan Carlos") or a particle ("bin Abdulrahman") does not.
    /// </summary>
    private static IEnumerable<(int, int)> SplitAtSecondName(IReadOnlyList<Token> tokens, int start, int length, ExtractionLexicon lexicon)
    {
        for (var k = start + 2; k < start + length - 1; k++)
        {
            var previous = tokens[k - 1].Key;
            // "Jabr Al Thani": a particle that is also a given name ("Al") carries the name on.
            // "Mohamed Abdullahi Mohamed": a given name that repeats the first is a grandfather's name, the same person's.
            if (lexicon.GivenNames.Contains(tokens[k].Key) && !lexicon.GivenNames.Contains(previous) && !lexicon.NameParticles.Contains(tokens[k - 1].Text)
                && !lexicon.NameParticles.Contains(tokens[k].Text) && tokens[k].Key != tokens[start].Key)
            {
                return [(start, k - start), (k, start + length - k)];
            }
        }

        return [(start, length)];
    }

    /// <summary>
    /// "Vice Premier He Lifeng": after an office, a word that is otherwise no name ("He") may open one — after the
    /// office's head word only: "Joint Base Andrews" is a place, though "Joint" opens offices ("Joint Chiefs").
    /// </summary>
    private static bool OpensNameAfterTitle(IReadOnlyList<Token> tokens, int i, bool[] taken, ExtractionLexicon lexicon) =>
        i > 0 && i + 1 < tokens.Count && !taken[i] && tokens[i].IsCapitalized && lexicon.NotNames.Contains(tokens[i].Key)
        && lexicon.GivenNames.Contains(tokens[i].Key) && lexicon.TitleHeads.Contains(tokens[i - 1].Key)
        && IsNameWord(tokens[i + 1], taken[i + 1], lexicon);

    private static bool IsNameWord(Token token, bool taken, ExtractionLexicon lexicon) =>
        !taken && token.IsWord && (token.IsCapitalized || IsParticleName(token, lexicon)) && !token.IsAllCaps && token.Text.Length > 1
        && !lexicon.NotNames.Contains(token.Key) && !lexicon.TitleWords.Contains(token.Key)
        && !lexicon.Honorifics.Contains(token.Key) && !lexicon.VenueWords.Contains(token.Key);
}
