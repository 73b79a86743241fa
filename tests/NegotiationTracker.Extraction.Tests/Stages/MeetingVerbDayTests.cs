using NegotiationTracker.Extraction.Tests.Infrastructure;

namespace NegotiationTracker.Extraction.Tests.Stages;

/// <summary>
/// A day right after a meeting's own verb ("opened on", "met on") is that meeting's day, even when the next predicate
/// carries a word that elsewhere marks another event ("measures", "signed"); before the day such a word still claims it.
/// </summary>
public sealed class MeetingVerbDayTests
{
    [Fact]
    public void TheNextMeetingToldInTheFutureIsNoRound()
    {
        var kb = Corpus.Read("Talks\nLONDON (Agencies): Indonesia and Portugal got little further in their talks in London on Tuesday. "
            + "The next meeting will take place in Geneva on June 29, with the UN once more mediating.");

        Assert.DoesNotContain(kb.Rounds, r => r.City == "Geneva");
    }

    [Fact]
    public void ATalksDayIsTheMeetingsAndTheDayAfterMeetAgainIsOnlyPlanned()
    {
        var kb = Corpus.Read("Talks\nBANGKOK, March 30, 2010 — In the first direct round of talks on March 28, Thailand's Prime Minister Abhisit Vejjajiva "
            + "and three protest leaders reached no concrete agreement, though they agreed to meet again at 6:00 p.m. on March 29.");

        Assert.Equal(new DateOnly(2010, 3, 28), Assert.Single(kb.Rounds).Date);
    }

    [Fact]
    public void ADayAfterOpenedOnBelongsToTheRoundThoughItsNextPredicateNamesMeasures()
    {
        var kb = Corpus.Read("Border talks\nArmenia and Azerbaijan have held two rounds of border talks in Vienna. "
            + "The second round opened on 14 March 2025, dealt with security measures along the line and ended without a deal.");

        var round = Assert.Single(kb.Rounds, r => r.Number == 2);
        Assert.Equal(new DateOnly(2025, 3, 14), round.Date);
    }

    [Fact]
    public void ADayAfterSignedOnIsStillNoMeeting()
    {
        var kb = Corpus.Read("Border deal\nArmenia and Azerbaijan signed a border protocol on 14 March 2025, after years of talks.");

        Assert.DoesNotContain(kb.Rounds, r => r.Date == new DateOnly(2025, 3, 14));
    }

    [Fact]
    public void ASummitTheyHeldInACityOnADayIsTheirMeeting()
    {
        var kb = Corpus.Read("Leaders meet again\nPublished: 2 June 2025\nThe presidents of Armenia and Azerbaijan signed the Tbilisi Declaration after the second summit they held in Tbilisi on March 14.");

        Assert.Contains(kb.Rounds, r => r.Date == new DateOnly(2025, 3, 14) && r.City == "Tbilisi");
    }

    [Fact]
    public void ASummitThatOpensOnADayIsStillAnotherEvent()
    {
        var kb = Corpus.Read("Leaders to meet\nPublished: 2 June 2025\nArmenia and Azerbaijan held talks in Vienna on Monday, ahead of the regional summit in Tbilisi, which opens on June 20.");

        Assert.DoesNotContain(kb.Rounds, r => r.Date == new DateOnly(2025, 6, 20));
    }

    [Theory]
    [InlineData("amid strong signs that the two have arrived at broad agreement.")]
    [InlineData("once the two sides had reached a broad deal.")]
    public void AnOutcomesIdiomClaimsNoDayForAnotherEvent(string end)
    {
        var kb = Corpus.Read("Crisis talks\nLONDON, December 4, 1966. The British Prime Minister and the Rhodesian leader brought their meeting at sea to a close early today " + end);

        Assert.Equal(new DateOnly(1966, 12, 4), Assert.Single(kb.Rounds).Date);
    }

    [Fact]
    public void TheDayOfABriefingOnTheTalksIsNoMeetingsDay()
    {
        var rounds = Corpus.Read("Conference post-mortem\nLONDON, December 14, 1973. On December 12 we were briefed on the recent conference "
            + "of Britain and Ireland at Sunningdale by a Foreign Office official. The two governments met at Sunningdale on December 6.").Rounds;

        Assert.Contains(rounds, r => r.Date == new DateOnly(1973, 12, 6));
        Assert.DoesNotContain(rounds, r => r.Date == new DateOnly(1973, 12, 12));
    }

    [Fact]
    public void ACommissionsSittingIsAMeeting() =>
        Assert.Contains(Corpus.Read("Commission sits in Almaty\n\n8 December 2019, 13:38\nNUR-SULTAN. Almaty hosted on December 3-7 a regular sitting held by the "
            + "governmental delegations of Kazakhstan and Uzbekistan under the joint demarcation commission.").Rounds, r => r.Date == new DateOnly(2019, 12, 3) && r.City == "Almaty");

    [Fact]
    public void AStrikesDayIsNoMeetingsDay()
    {
        var rounds = Corpus.Read("Teachers call strike\nBUENOS AIRES, Feb 28, 2024 - The Union of Education Workers (UTE) met the government of Argentina for wage talks on Tuesday. "
            + "Teaching staff will stop work on Monday to protest the breakdown of the wage talks.").Rounds;

        Assert.Contains(rounds, r => r.Date == new DateOnly(2024, 2, 27));
        Assert.DoesNotContain(rounds, r => r.Date == new DateOnly(2024, 3, 4));
    }

    [Fact]
    public void ABlockadesDayIsNoMeetingsDay()
    {
        var rounds = Corpus.Read("Pension talks\nLA PAZ, May 21, 2013 - The Union of Education Workers (UTE) met the government of Bolivia for pension talks on Monday. "
            + "The union had set up roadblocks on May 13, breaking off the talks.").Rounds;

        Assert.Contains(rounds, r => r.Date == new DateOnly(2013, 5, 20));
        Assert.DoesNotContain(rounds, r => r.Date == new DateOnly(2013, 5, 13));
    }
}
