using NegotiationTracker.Extraction;
using NegotiationTracker.Extraction.Articles;
using NegotiationTracker.Extraction.Lexicon;
using NegotiationTracker.Scoring.Expected;
using NegotiationTracker.Scoring.Matching;

namespace NegotiationTracker.Scoring.Scoring;

/// <summary>Runs the extractor on one report alone, as a user importing it would, and scores every field.</summary>
public static class ReportScorer
{
    public static ReportScore Score(SeedArticle report, ExpectedReport expected, ExtractionLexicon lex)
    {
        var kb = KnowledgeBaseBuilder.Build([report], lex);
        var c = new ScoringContext(kb, expected, new FactMatcher(lex, kb.Parties), report.Text);
        var pairs = RoundScorer.Score(c);
        DelegationScorer.Score(c, pairs);
        PersonScorer.Score(c);
        DemandScorer.Score(c);
        foreach (var field in Fields.All) { c.Add(field, FieldTally.Zero); }
        var counted = kb.Rounds.Where(r => !c.NeutralRounds.Contains(r.Key)).ToList();
        return new ReportScore(report.File, c.Fields, c.Misses, counted.Count, counted.Count(r => r.Date is null),
            kb.Rounds.Count(r => RoundScorer.NoMeeting(c, r) && !pairs.Any(p => p.Round == r)), c.YearsInText.Count == 0);
    }
}
