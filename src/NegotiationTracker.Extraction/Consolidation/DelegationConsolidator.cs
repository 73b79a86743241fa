using NegotiationTracker.Extraction.Claims;
using NegotiationTracker.Extraction.Lexicon;

namespace NegotiationTracker.Extraction.Consolidation;

/// <summary>
/// One team per party and round. The head is the person most articles name; when articles name
/// different heads, every claim is kept as a conflict rather than silently dropped.
/// </summary>
internal static class DelegationConsolidator
{
    public static List<KbDelegation> Consolidate(IReadOnlyList<ArticleClaims> articles, Dictionary<(string File, int Local), string> roundOf,
        List<KbRound> rounds, Dictionary<string, KbPerson> people, ExtractionLexicon lex, List<KbConflict> conflicts)
    {
        var result = new List<KbDelegation>();
        var claims = articles.SelectMany(a => a.Delegations.Where(d => roundOf.ContainsKey((a.File, d.RoundLocal)))
            .Select(d => (Round: roundOf[(a.File, d.RoundLocal)], Claim: d, Person: NameKey.Of(d.Person, lex))));
        foreach (var team in claims.Where(c => people.ContainsKey(c.Person)).GroupBy(c => (c.Round, c.Claim.Party)).OrderBy(g => g.Key.Round).ThenBy(g => g.Key.Party))
        {
            var heads = team.Where(c => c.Claim.IsHead).GroupBy(c => c.Person).OrderByDescending(h => h.Select(c => c.Claim.Evidence.File).Distinct().Count()).ToList();
            var key = $"{team.Key.Round}|{team.Key.Party}";
            if (heads.Count > 1)
            {
                conflicts.Add(new KbConflict($"{key}|head", $"{team.Key.Party} delegation at round {team.Key.Round}", "head",
                    [.. heads.Select(h => new KbClaim(people[h.Key].Name, Consolidator.Distinct(h.Select(c => c.Claim.Evidence))))]));
            }

            var head = heads.FirstOrDefault()?.Key;
            var members = team.Where(c => !c.Claim.IsHead || c.Person == head || team.Any(o => o.Person == c.Person && !o.Claim.IsHead)).GroupBy(c => c.Person)
                .Select(m => new KbMember(m.Key, InPersonsSpelling(m.Select(c => c.Claim.Title).OfType<string>().LastOrDefault(), people[m.Key], lex), m.Key == head))
                .OrderByDescending(m => m.IsHead).ThenBy(m => m.PersonKey, StringComparer.Ordinal).ToList();
            result.Add(new KbDelegation(key, team.Key.Round, team.Key.Party, Consolidator.Majority(team.Select(c => c.Claim.Role)), head, members,
                Consolidator.Distinct(team.Select(c => c.Claim.Evidence))));
        }

        return result;
    }

    /// <summary>A member's title as the person's own list spells it, so one title reads the same in both places.</summary>
    private static string? InPersonsSpelling(string? title, KbPerson person, ExtractionLexicon lex) =>
        title is null ? null : person.Titles.FirstOrDefault(t => TitleKey.Of(t.Title, lex) == TitleKey.Of(title, lex))?.Title ?? title;
}
