using NegotiationTracker.Extraction.Articles;
using NegotiationTracker.Extraction.Tests.Infrastructure;
using NegotiationTracker.Scoring.Expected;
using NegotiationTracker.Scoring.Scoring;

namespace NegotiationTracker.Extraction.Tests.Scorecard;

/// <summary>
/// Every scored report stays at or above the floor kept in its spec: improvements are ratcheted in with
/// <c>score --ratchet</c>, and nothing gets silently worse.
/// </summary>
public sealed class ReportFloorTests
{
    [Theory]
    [MemberData(nameof(Reports.Specs), MemberType = typeof(Reports))]
    public void ReportStaysAtOrAboveItsFloor(string spec)
    {
        var path = Reports.Full(spec);
        var expected = ExpectedReport.Parse(File.ReadAllText(path));
        var text = File.ReadAllText(Path.Combine(Path.GetDirectoryName(path)!, expected.File));
        var score = ReportScorer.Score(new SeedArticle(expected.File, text), expected, Corpus.Lexicon);
        Assert.NotEmpty(expected.Floor);
        Assert.Empty(score.BelowFloor(expected.Floor));
    }
}
