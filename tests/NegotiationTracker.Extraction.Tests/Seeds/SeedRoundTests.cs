using NegotiationTracker.Extraction.Consolidation;
using NegotiationTracker.Extraction.Tests.Infrastructure;

namespace NegotiationTracker.Extraction.Tests.Seeds;

/// <summary>The facts the spec lists for the five seed articles, read from the real files.</summary>
public sealed class SeedRoundTests
{
    private static readonly KnowledgeBase Kb = Corpus.SeedKnowledgeBase;

    private static KbRound Round(int number) => Assert.Single(Kb.Rounds, r => r.Number == number);

    [Fact]
    public void FindsExactlyThreeRoundsOfTheIstanbulTalks() =>
        Assert.Equal([1, 2, 3], Kb.Rounds.Select(r => r.Number ?? 0).Order());

    [Fact]
    public void RoundOneIsMay16AtDolmabahcePalaceInIstanbul()
    {
        var round = Round(1);
        Assert.Equal(new DateOnly(2025, 5, 16), round.Date);
        Assert.Equal("day", round.DatePrecision);
        Assert.Equal("Istanbul", round.City);
        Assert.Equal("Dolmabahçe Palace", Kb.Venues.Single(v => v.Key == round.VenueKey).Name);
        Assert.NotEmpty(round.Evidence);
    }

    [Fact]
    public void RoundTwoIsJune2InIstanbulWithNoVenue()
    {
        var round = Round(2);
        Assert.Equal(new DateOnly(2025, 6, 2), round.Date);
        Assert.Equal("Istanbul", round.City);
        Assert.Null(round.VenueKey);
    }

    [Fact]
    public void ResolvesWednesdayMoreThanSevenWeeksAfterJune2()
    {
        var round = Round(3);
        Assert.Equal(new DateOnly(2025, 7, 23), round.Date);
        Assert.Equal("Çırağan Palace", Kb.Venues.Single(v => v.Key == round.VenueKey).Name);
        Assert.Contains("Wednesday", round.Evidence[0].Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void RoundsAreBetweenRussiaAndUkraine() =>
        Assert.All(Kb.Rounds, r => Assert.Superset(new HashSet<string> { "Russia", "Ukraine" }, r.Parties.ToHashSet()));

    [Fact]
    public void EvidenceOffsetsPointAtTheSentenceInTheArticle()
    {
        foreach (var evidence in Kb.Rounds.SelectMany(r => r.Evidence))
        {
            var text = Corpus.Seeds.Single(a => a.File == evidence.File).Text;
            Assert.Equal(evidence.Sentence, text[evidence.Start..evidence.End]);
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void EarlierRoundsAgreedToPrisonerExchangesAndSwappedDraftTerms(int number)
    {
        var outcomes = Round(number).Outcomes.Select(o => o.Text).ToList();
        Assert.Contains(outcomes, o => o.Contains("prisoner exchanges", StringComparison.Ordinal));
        Assert.Contains(outcomes, o => o.Contains("diametrically opposed", StringComparison.Ordinal));
    }

    [Fact]
    public void UpcomingRoundHasNoOutcomeYet() => Assert.Empty(Round(3).Outcomes);
}
