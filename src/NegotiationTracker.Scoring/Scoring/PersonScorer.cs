using NegotiationTracker.Extraction.Consolidation;

namespace NegotiationTracker.Scoring.Scoring;

/// <summary>People named in the report and their titles; an extracted person no reader would name is junk.</summary>
internal static class PersonScorer
{
    public static void Score(ScoringContext c)
    {
        var claimed = new HashSet<KbPerson>();
        foreach (var p in c.Expected.Persons)
        {
            var got = c.Kb.People.FirstOrDefault(x => !claimed.Contains(x) && c.Match.SamePerson([p.Name, .. p.Aliases], [x.Name, .. x.Aliases]));
            if (got is not null) { claimed.Add(got); }
            c.Add(Fields.Person, new(1, got is null ? 0 : 1, 0, 0));
            if (got is null) { c.Missed(Fields.Person, p.Name, p.Name, p.Name.Split(' ')[^1]); }
            var titles = got?.Titles ?? [];
            foreach (var t in p.Titles.Where(t => !titles.Any(x => c.Match.SameTitle(t, x.Title))))
            {
                c.Missed(Fields.Title, $"{p.Name}: {t}{(titles.Count == 0 ? "" : $" (read: {string.Join("; ", titles.Select(x => x.Title))})")}", p.Name);
            }

            var right = titles.Count(x => p.Titles.Any(t => c.Match.SameTitle(t, x.Title)));
            c.Add(Fields.Title, new(p.Titles.Count, p.Titles.Count(t => titles.Any(x => c.Match.SameTitle(t, x.Title))), 0, right));
        }

        foreach (var x in c.Kb.People)
        {
            c.Add(Fields.Person, new(0, 0, 1, claimed.Contains(x) ? 1 : 0));
            c.Add(Fields.Title, new(0, 0, x.Titles.Count, 0));
            if (!claimed.Contains(x)) { c.Wrong(Fields.Person, $"junk person «{x.Name}»", ScoringContext.SentenceOf(x.Evidence)); }
        }
    }
}
