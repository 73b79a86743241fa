using NegotiationTracker.Extraction.Consolidation;
using NegotiationTracker.Scoring.Expected;
using NegotiationTracker.Scoring.Matching;

namespace NegotiationTracker.Scoring.Scoring;

/// <summary>
/// Pairs expected meetings with extracted rounds (first on parties and the right date, then on parties
/// alone) and scores meeting, date, city, venue and parties. Unpaired rounds on a no-meeting date count apart.
/// </summary>
internal static class RoundScorer
{
    public static List<(ExpectedRound Expected, KbRound? Round)> Score(ScoringContext c)
    {
        var free = c.Kb.Rounds.ToList();
        var pairs = c.Expected.Rounds.Select(e => (Expected: e, Round: Take(free, r => Overlap(c, e, r) && RoundDates.Right(e, r, c.YearsInText)))).ToList();
        for (var i = 0; i < pairs.Count; i++)
        {
            pairs[i] = pairs[i] with { Round = pairs[i].Round ?? Take(free, r => Overlap(c, pairs[i].Expected, r) && !NoMeeting(c, r)) };
        }

        foreach (var (e, r) in pairs)
        {
            c.Add(Fields.Meeting, new(1, r is null ? 0 : 1, 0, 0));
            if (r is null) { c.Missed(Fields.Meeting, RoundDates.Show(e), e.DateText, e.Venue, e.City); continue; }
            c.Add(Fields.Meeting, new(0, 0, 1, 1));
            if (e.Date is not null && !RoundDates.Right(e, r, c.YearsInText)) { c.Missed(Fields.Date, $"{RoundDates.Show(e)} read as {RoundDates.Show(r)}", e.DateText); }
            ScoreParties(c, e, r);
        }

        foreach (var r in free.Where(r => Planned(c, r)).ToList())
        {
            // A meeting the report announces for a set day: a reader may keep it as planned or leave it out.
            c.NeutralRounds.Add(r.Key);
            free.Remove(r);
        }

        foreach (var r in free)
        {
            var noMeeting = NoMeeting(c, r);
            c.Add(Fields.Meeting, new(0, 0, 1, 0));
            c.Wrong(noMeeting ? Fields.NotRound : Fields.Meeting, RoundDates.Show(r), ScoringContext.SentenceOf(r.Evidence));
        }

        ScoreDatesAndPlaces(c, pairs);
        return pairs;
    }

    /// <summary>Recall over the meetings the reader dated and placed; precision over every round that carries the field.</summary>
    private static void ScoreDatesAndPlaces(ScoringContext c, List<(ExpectedRound Expected, KbRound? Round)> pairs)
    {
        var venues = c.Kb.Venues.ToDictionary(v => v.Key, v => v.Name);
        string? VenueOf(KbRound r) => r.VenueKey is { } k ? venues.GetValueOrDefault(k) : null;
        var dated = pairs.Where(p => p.Expected.Date is not null).ToList();
        c.Add(Fields.Date, new(dated.Count, dated.Count(p => p.Round is { } r && RoundDates.Right(p.Expected, r, c.YearsInText)),
            c.Kb.Rounds.Count(r => r.Date is not null && !c.NeutralRounds.Contains(r.Key)), pairs.Count(p => p.Round is { Date: not null } r && RoundDates.Right(p.Expected, r, c.YearsInText))));
        Place(c, Fields.City, pairs, e => e.City, r => r.City, c.Match.SameCity, c.Kb.Rounds.Count(r => r.City is not null && !c.NeutralRounds.Contains(r.Key)));
        Place(c, Fields.Venue, pairs, e => e.Venue, VenueOf, FactMatcher.SameVenue, c.Kb.Rounds.Count(r => r.VenueKey is not null && !c.NeutralRounds.Contains(r.Key)));
    }

    private static void Place(ScoringContext c, string field, List<(ExpectedRound Expected, KbRound? Round)> pairs,
        Func<ExpectedRound, string?> expected, Func<KbRound, string?> extracted, Func<string, string, bool> same, int found)
    {
        bool Right((ExpectedRound E, KbRound? R) p) => expected(p.E) is { } e && p.R is { } r && extracted(r) is { } x && same(e, x);
        var wanted = pairs.Where(p => expected(p.Expected) is not null).ToList();
        foreach (var p in wanted.Where(p => !Right(p)))
        {
            var got = p.Round is { } r ? extracted(r) : null;
            c.Missed(field, $"{expected(p.Expected)} at {RoundDates.Show(p.Expected)}{(got is null ? "" : $" (read: {got})")}", expected(p.Expected));
        }

        var right = pairs.Where(Right).Select(p => p.Round).ToHashSet();
        foreach (var r in c.Kb.Rounds.Where(r => extracted(r) is not null && !right.Contains(r) && !c.NeutralRounds.Contains(r.Key)))
        {
            c.Wrong(field, $"{extracted(r)} at {RoundDates.Show(r)}", ScoringContext.SentenceOf(r.Evidence));
        }

        c.Add(field, new(wanted.Count, wanted.Count(Right), found, pairs.Count(Right)));
    }

    public static bool NoMeeting(ScoringContext c, KbRound r) =>
        !Planned(c, r) && (c.Expected.Rounds.Count == 0 || c.Expected.NotRounds.Any(n => RoundDates.OnDayOf(n, r)));

    private static bool Planned(ScoringContext c, KbRound r) =>
        c.Expected.NotRounds.Any(n => n.Kind == "planned" && RoundDates.OnDayOf(n, r));

    private static bool Overlap(ScoringContext c, ExpectedRound e, KbRound r)
    {
        var shared = e.Parties.Count(p => r.Parties.Any(x => c.Match.SameParty(p, x)));
        return shared > 0 && shared >= Math.Min(2, Math.Min(e.Parties.Count, r.Parties.Count));
    }

    private static KbRound? Take(List<KbRound> free, Func<KbRound, bool> fits)
    {
        var hit = free.FirstOrDefault(fits);
        if (hit is not null) { free.Remove(hit); }
        return hit;
    }

    private static void ScoreParties(ScoringContext c, ExpectedRound e, KbRound r)
    {
        foreach (var p in e.Parties.Where(p => !r.Parties.Any(x => c.Match.SameParty(p, x)))) { c.Missed(Fields.Parties, $"{p} at {RoundDates.Show(e)}"); }
        var hits = e.Parties.Count(p => r.Parties.Any(x => c.Match.SameParty(p, x)));
        var correct = r.Parties.Count(x => e.Parties.Concat(e.Mediators).Any(p => c.Match.SameParty(p, x)));
        c.Add(Fields.Parties, new(e.Parties.Count, hits, r.Parties.Count, correct));
    }
}
