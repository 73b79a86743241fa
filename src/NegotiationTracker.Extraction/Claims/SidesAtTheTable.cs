using NegotiationTracker.Extraction.Lexicon;
using NegotiationTracker.Extraction.Mentions;

namespace NegotiationTracker.Extraction.Claims;

/// <summary>
/// "Armenian and Azerbaijani foreign ministers met in Brussels on May 14": a side the meeting's own sentence names was
/// at that meeting, so it had a team there, though the report names no one in it. Such a delegation has no head; a
/// side the round only inherits from the rest of the report (its sentence names no one) gets none.
/// </summary>
internal static class SidesAtTheTable
{
    private const string Role = "negotiator";

    public static IEnumerable<DelegationClaim> Read(string file, IReadOnlyList<SentenceMentions> sentences, IReadOnlyList<RoundClaim> rounds,
        IReadOnlyList<DelegationClaim> read, ExtractionLexicon lex)
    {
        foreach (var round in rounds)
        {
            foreach (var party in round.Negotiators.Where(p => !read.Any(d => d.RoundLocal == round.Local && d.Party == p)))
            {
                var said = sentences.FirstOrDefault(s => round.Evidence.Any(e => e.Start == s.Sentence.Start) && NamesAsSide(s, party, lex));
                if (said is not null) { yield return new DelegationClaim(round.Local, party, Role, null, false, null, said.Sentence.EvidenceIn(file)); }
            }
        }
    }

    /// <summary>The party written as one who meets, not as the place ("talks in Qatar") or the capital ("in Moscow").</summary>
    private static bool NamesAsSide(SentenceMentions s, string party, ExtractionLexicon lex) =>
        s.Parties.Any(m => m.Party.Name == party && Talks.IsSide(s, m, lex) && !Talks.IsPlace(s, m, lex) && !Talks.Counted(s, m, lex));
}
