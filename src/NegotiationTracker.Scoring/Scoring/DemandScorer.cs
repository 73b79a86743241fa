namespace NegotiationTracker.Scoring.Scoring;

/// <summary>Who wants what: a demand is found when a party's extracted demand has the expected category.</summary>
internal static class DemandScorer
{
    public static void Score(ScoringContext c)
    {
        var free = c.Kb.Demands.ToList();
        foreach (var d in c.Expected.Demands)
        {
            var got = free.FirstOrDefault(x => x.Category == d.Category && c.Match.SameParty(d.Party, x.Party));
            if (got is not null) { free.Remove(got); }
            else { c.Missed(Fields.Demand, $"{d.Party} | {d.Category} | {d.Topic}", d.Topic); }
            c.Add(Fields.Demand, new(1, got is null ? 0 : 1, got is null ? 0 : 1, got is null ? 0 : 1));
        }

        foreach (var x in free)
        {
            c.Add(Fields.Demand, new(0, 0, 1, 0));
            c.Wrong(Fields.Demand, $"{x.Party} | {x.Category} | {x.Text}", ScoringContext.SentenceOf(x.Evidence));
        }
    }
}
