using NegotiationTracker.Extraction.Lexicon;
using NegotiationTracker.Extraction.Mentions;

namespace NegotiationTracker.Extraction.Claims;

/// <summary>
/// "The actors' union SAG-AFTRA … The union also wants …", "planemaker Boeing … the company": a side the report once
/// describes with an organisation noun (the lexicon's <c>organisationNameCues</c>), or whose name holds one ("National
/// Union of Metalworkers"), is what a bare "the union" or "the company" stands for later — when that noun fits one side only.
/// </summary>
internal static class DescribedSides
{
    /// <summary>Each organisation noun that describes exactly one negotiating side of the article, with that side.</summary>
    public static Dictionary<string, string> Of(Talks talks, IReadOnlyList<SentenceMentions> sentences, ExtractionLexicon lex)
    {
        var described = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        void Add(string noun, string party) { if (!described.TryGetValue(noun, out var set)) { described[noun] = set = []; } set.Add(party); }
        foreach (var name in talks.Negotiators)
        {
            var party = talks.PartyNamed(name, lex);
            foreach (var word in (party?.Aliases ?? []).Append(name).SelectMany(a => a.Split(' ')))
            {
                if (lex.OrganisationNameCues.Contains(TextFold.Fold(word))) { Add(TextFold.Fold(word), name); }
            }
        }

        foreach (var s in sentences)
        {
            foreach (var p in s.Parties.Where(p => talks.Negotiators.Contains(p.Party.Name)))
            {
                foreach (var noun in NounsBeside(s, p, lex)) { Add(noun, p.Party.Name); }
            }
        }

        var sides = described.Where(d => d.Value.Count == 1).ToDictionary(d => d.Key, d => d.Value.First(), StringComparer.Ordinal);
        // "The workers want R12 500", "the strikers insisted": the people a union speaks for stand for the one union at the table;
        // "rebel demands", "the rebels insisted": the rebels for the one movement facing states.
        if (sides.GetValueOrDefault(Union) is { } union) { foreach (var noun in lex.UnionMemberNouns) { sides.TryAdd(noun, union); } }
        var organisations = talks.Negotiators.Where(n => talks.PartyNamed(n, lex)?.IsOrganisation == true).ToList();
        if (organisations.Count == 1 && talks.Negotiators.Count > 1) { foreach (var word in lex.MovementWords) { sides.TryAdd(word, organisations[0]); } }
        return sides;
    }

    private const string Union = "union";

    /// <summary>"the actors' union SAG-AFTRA" (a noun a few words before the name) and "Numsa, the metalworkers' union," (an apposition after it).</summary>
    private static IEnumerable<string> NounsBeside(SentenceMentions s, PartyMention p, ExtractionLexicon lex)
    {
        var tokens = s.Sentence.Tokens;
        // Only lowercase words between: "the union SAG-AFTRA and the AMPTP" does not describe the AMPTP.
        for (var k = p.Index - 1; k >= Math.Max(0, p.Index - Reach) && tokens[k].IsWord && !tokens[k].IsCapitalized && !lex.OrganisationJoiners.Contains(tokens[k].Key); k--)
        {
            if (lex.OrganisationNameCues.Contains(tokens[k].Key)) { yield return tokens[k].Key; break; }
        }

        if (p.End + 1 < tokens.Count && tokens[p.End].Text == "," && tokens[p.End + 1].Key is "the" or "a")
        {
            for (var k = p.End + 2; k < Math.Min(tokens.Count, p.End + 2 + Reach) && tokens[k].Text is not ("," or "."); k++)
            {
                if (lex.OrganisationNameCues.Contains(tokens[k].Key)) { yield return tokens[k].Key; break; }
            }
        }
    }

    // How many words may stand between a describing noun and the name ("the South African metalworkers' union Numsa").
    private const int Reach = 4;

    /// <summary>Offsets in the sentence of "the union", "the company" written on their own, with the side each stands for.</summary>
    public static IEnumerable<(int Offset, string Party)> Mentions(SentenceMentions s, IReadOnlyDictionary<string, string> described)
    {
        var tokens = s.Sentence.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            // Not "the union SAG-AFTRA" (the name follows) nor "the European Union" (a party itself); "Workers say…", "Rebel
            // demands…" open the sentence without "the".
            if ((i == 0 ? tokens[i].IsCapitalized : tokens[i - 1].Key == "the") && described.TryGetValue(tokens[i].Key, out var party) && s.PartyAt(i) is null
                && !(i + 1 < tokens.Count && tokens[i + 1].IsCapitalized && tokens[i + 1].IsWord))
            {
                yield return (tokens[Math.Max(0, i - 1)].Start - s.Sentence.Start, party);
            }
        }
    }
}
