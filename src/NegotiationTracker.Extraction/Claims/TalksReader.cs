using NegotiationTracker.Extraction.Lexicon;
using NegotiationTracker.Extraction.Mentions;

namespace NegotiationTracker.Extraction.Claims;

/// <summary>
/// Who the talks are between (parties written together: "Russia and Ukraine", "Ukrainian and Russian
/// officials", "Moscow-Kyiv talks") and who mediates or observes (a party next to "mediator", "hosted by"…).
/// </summary>
internal sealed record Talks(IReadOnlyList<string> Negotiators, IReadOnlySet<string> Mediators, IReadOnlySet<string> Observers)
{
    private const int CueWindow = 12;

    /// <summary>A party with its own head who is neither mediator nor observer is a negotiator too (three-way talks).</summary>
    public string RoleOf(string party, bool hasHead = false) =>
        Negotiators.Contains(party) ? "negotiator"
        : Mediators.Contains(party) ? "mediator"
        : Observers.Contains(party) || !hasHead ? "observer"
        : "negotiator";

    public static Talks Read(IReadOnlyList<SentenceMentions> sentences, ExtractionLexicon lex)
    {
        var pairs = new Dictionary<(string, string), int>();
        foreach (var s in sentences)
        {
            var countries = s.Parties.Where(p => !p.Party.IsOrganisation).ToList();
            for (var i = 0; i + 1 < countries.Count; i++)
            {
                var (a, b) = (countries[i], countries[i + 1]);
                var between = s.Sentence.Tokens.Skip(a.End).Take(b.Index - a.End).Select(t => t.Text).ToList();
                var joined = between.Count is 1 && between[0] is "and" or "-" or "–" or "—" or "/" or ","
                    || between is ["," , "and"] || between is ["and", "the"] || between is [",", "the"];
                if (joined && a.Party.Name != b.Party.Name)
                {
                    var key = string.CompareOrdinal(a.Party.Name, b.Party.Name) < 0 ? (a.Party.Name, b.Party.Name) : (b.Party.Name, a.Party.Name);
                    pairs[key] = pairs.GetValueOrDefault(key) + (s.Sentence.Tokens.Any(t => lex.MeetingWords.Contains(t.Key)) ? 2 : 1);
                }
            }
        }

        foreach (var (a, b) in sentences.SelectMany(s => s.Sentence.Tokens).Select(HyphenPair(lex)).OfType<(string, string)>())
        {
            var key = string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);
            pairs[key] = pairs.GetValueOrDefault(key) + 2;
        }

        var top = pairs.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).Select(kv => kv.Key).FirstOrDefault();
        var negotiators = top == default ? new List<string>() : [top.Item1, top.Item2];
        var mediators = PartiesNear(sentences, lex.MediatorWords).Except(negotiators).ToHashSet(StringComparer.Ordinal);
        var observers = PartiesNear(sentences, lex.ObserverWords).Except(negotiators).Except(mediators).ToHashSet(StringComparer.Ordinal);
        return new Talks(negotiators, mediators, observers);
    }

    /// <summary>"Russia-Ukraine talks": one token naming two parties.</summary>
    private static Func<Text.Token, (string, string)?> HyphenPair(ExtractionLexicon lex) => token =>
    {
        var parts = token.Text.Split('-');
        return parts.Length == 2 && lex.FindParty(parts[0]) is { IsOrganisation: false } a && lex.FindParty(parts[1]) is { IsOrganisation: false } b && a != b
            ? (a.Name, b.Name) : null;
    };

    private static IEnumerable<string> PartiesNear(IReadOnlyList<SentenceMentions> sentences, IReadOnlySet<string> cues)
    {
        foreach (var s in sentences)
        {
            for (var i = 0; i < s.Sentence.Tokens.Count; i++)
            {
                if (!cues.Contains(s.Sentence.Tokens[i].Key)) { continue; }
                var nearest = s.Parties.Where(p => Math.Abs(p.Index - i) <= CueWindow).OrderBy(p => Math.Abs(p.Index - i)).FirstOrDefault();
                if (nearest is not null) { yield return nearest.Party.Name; }
            }
        }
    }
}
