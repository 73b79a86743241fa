using NegotiationTracker.Extraction.Articles;
using NegotiationTracker.Extraction.Tests.Infrastructure;
using NegotiationTracker.Scoring.Expected;
using NegotiationTracker.Scoring.Matching;
using NegotiationTracker.Scoring.Scoring;

namespace NegotiationTracker.Extraction.Tests.Scorecard;

/// <summary>The scorecard's own rules: what counts as the same person, title and meeting.</summary>
public sealed class ScorerTests
{
    private static readonly FactMatcher Match = new(Corpus.Lexicon);

    private const string Report = """
        Talks resume in Istanbul

        ISTANBUL, May 16, 2025 — Russian and Ukrainian delegations met at Dolmabahce Palace in Istanbul on Friday.
        Ukraine's delegation was headed by Defence Minister Rustem Umerov.
        Russia's delegation was headed by presidential aide Vladimir Medinski.
        """;

    [Theory]
    [InlineData("Vladimir Medinsky", "Vladimir Medinski")]
    [InlineData("Recep Tayyip Erdoğan", "Recep Tayyip Erdogan")]
    public void MatchesPersonAcrossTransliterationAndDiacritics(string expected, string extracted) =>
        Assert.True(Match.SamePerson([expected], [extracted]));

    [Theory]
    [InlineData("Foreign Minister", "Turkish Foreign Minister", true)]
    [InlineData("Defence Minister|Minister of Defence", "Minister of Defence", true)]
    [InlineData("Foreign Minister", "Deputy Foreign Minister", false)]
    public void TitleMatchSetsPartyWordsAsideButKeepsRank(string expected, string extracted, bool same) =>
        Assert.Equal(same, Match.SameTitle(expected, extracted));

    [Fact]
    public void ScoresMeetingHeadsAndVenueOnRealText()
    {
        var spec = Spec([new ExpectedRound("2025-05-16", "day", "Istanbul", "Dolmabahçe Palace", ["Russia", "Ukraine"],
            [new ExpectedDelegation("Ukraine", "negotiator", "Rustem Umerov", []), new ExpectedDelegation("Russia", "negotiator", "Vladimir Medinsky", [])])]);
        var score = ReportScorer.Score(new SeedArticle("r.txt", Report), spec, Corpus.Lexicon);
        Assert.Equal(new FieldTally(1, 1, 1, 1), score[Fields.Meeting]);
        Assert.Equal(1, score[Fields.Venue].Hit);
        Assert.Equal(2, score[Fields.Head].Hit);
        Assert.Equal(0, score.NoMeetingRounds);
    }

    [Fact]
    public void RoundInAReportOfNoMeetingCountsAsNoMeeting()
    {
        var score = ReportScorer.Score(new SeedArticle("r.txt", Report), Spec([]), Corpus.Lexicon);
        Assert.Equal(1, score.NoMeetingRounds);
        Assert.Contains(score.Misses, m => m.Wrong && m.Field == Fields.NotRound);
    }

    [Fact]
    public void UndatedRoundOfAReportThatPrintsNoYearIsCountedApart()
    {
        const string noYear = """
            Talks resume in Istanbul

            Russian and Ukrainian delegations met at Dolmabahce Palace in Istanbul on Friday.
            Ukraine's delegation was headed by Defence Minister Rustem Umerov.
            """;
        var spec = Spec([new ExpectedRound("2025-05-16", "day", "Istanbul", null, ["Russia", "Ukraine"], [])]);

        var undatable = ReportScorer.Score(new SeedArticle("r.txt", noYear), spec, Corpus.Lexicon);
        var dated = ReportScorer.Score(new SeedArticle("r.txt", Report), spec, Corpus.Lexicon);

        Assert.Equal((1, 1), (undatable.UndatedRounds, undatable.UndatableRounds));
        Assert.Equal((0, 0), (dated.UndatedRounds, dated.UndatableRounds));
    }

    [Fact]
    public void FloorAboveTheScoreIsReported()
    {
        var score = ReportScorer.Score(new SeedArticle("r.txt", Report), Spec([]), Corpus.Lexicon);
        Assert.NotEmpty(score.BelowFloor(new Dictionary<string, int> { [Fields.Meeting] = 1 }));
        Assert.NotEmpty(score.BelowFloor(new Dictionary<string, int> { [Fields.MaxWrong] = 0 }));
        Assert.Empty(score.BelowFloor(new Dictionary<string, int> { [Fields.Meeting] = 0 }));
    }

    private static ExpectedReport Spec(IReadOnlyList<ExpectedRound> rounds) =>
        new("r.txt", "Russia–Ukraine", "2025-05-16", rounds, [], [], []);
}
