using NegotiationTracker.Extraction.Consolidation;
using NegotiationTracker.Scoring.Expected;

namespace NegotiationTracker.Scoring.Scoring;

/// <summary>A party's team at a paired meeting: found, its head, its members.</summary>
internal static class DelegationScorer
{
    public static void Score(ScoringContext c, List<(ExpectedRound Expected, KbRound? Round)> pairs)
    {
        var used = new HashSet<KbDelegation>();
        foreach (var (e, r) in pairs)
        {
            foreach (var d in e.Delegations)
            {
                var got = r is null ? null : c.Kb.Delegations.FirstOrDefault(x => x.RoundKey == r.Key && !used.Contains(x) && c.Match.SameParty(d.Party, x.Party));
                if (got is not null) { used.Add(got); }
                var at = $"{d.Party} at {RoundDates.Show(e)}";
                c.Add(Fields.Delegation, new(1, got is null ? 0 : 1, 0, got is null ? 0 : 1));
                if (got is null) { c.Missed(Fields.Delegation, at, d.Head, d.Members.Count > 0 ? d.Members[0] : null); }
                ScoreHead(c, d, got, at);
                ScoreMembers(c, d, got, at);
            }
        }

        foreach (var d in c.Kb.Delegations.Where(d => !c.NeutralRounds.Contains(d.RoundKey)))
        {
            c.Add(Fields.Delegation, new(0, 0, 1, 0));
            c.Add(Fields.Head, new(0, 0, d.HeadKey is null ? 0 : 1, 0));
            c.Add(Fields.Member, new(0, 0, d.Members.Count(m => !m.IsHead), 0));
            if (!used.Contains(d)) { c.Wrong(Fields.Delegation, $"{d.Party} ({d.Role}) at {d.RoundKey}", ScoringContext.SentenceOf(d.Evidence)); }
        }
    }

    private static void ScoreHead(ScoringContext c, ExpectedDelegation d, KbDelegation? got, string at)
    {
        var head = c.Person(got?.HeadKey);
        var right = d.Head is not null && head is not null && c.Match.SamePerson(c.Spellings(d.Head), [head.Name, .. head.Aliases]);
        if (d.Head is not null && !right) { c.Missed(Fields.Head, $"{d.Head} for {at}{(head is null ? "" : $" (read: {head.Name})")}", d.Head); }
        if (d.Head is null && head is not null) { c.Wrong(Fields.Head, $"{head.Name} for {at}", ScoringContext.SentenceOf(got!.Evidence)); }
        c.Add(Fields.Head, new(d.Head is null ? 0 : 1, right ? 1 : 0, 0, right ? 1 : 0));
    }

    private static void ScoreMembers(ScoringContext c, ExpectedDelegation d, KbDelegation? got, string at)
    {
        var people = (got?.Members ?? []).Select(m => (m.IsHead, Person: c.Person(m.PersonKey))).Where(m => m.Person is not null).ToList();
        bool In(string name) => people.Any(m => c.Match.SamePerson(c.Spellings(name), [m.Person!.Name, .. m.Person.Aliases]));
        foreach (var m in d.Members.Where(m => !In(m))) { c.Missed(Fields.Member, $"{m} in {at}", m); }
        var expected = d.Members.Concat(d.Head is null ? [] : [d.Head]).ToList();
        var wrong = people.Where(m => !m.IsHead && !expected.Any(e => c.Match.SamePerson(c.Spellings(e), [m.Person!.Name, .. m.Person.Aliases]))).ToList();
        foreach (var m in wrong) { c.Wrong(Fields.Member, $"{m.Person!.Name} in {at}", null); }
        c.Add(Fields.Member, new(d.Members.Count, d.Members.Count(In), 0, people.Count(m => !m.IsHead) - wrong.Count));
    }
}
