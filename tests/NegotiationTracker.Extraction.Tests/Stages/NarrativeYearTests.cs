using NegotiationTracker.Extraction.Tests.Infrastructure;

namespace NegotiationTracker.Extraction.Tests.Stages;

/// <summary>A day written without a year after a full date in its sentence, or in the sentence before when it counts days on from there, takes that date's year, not the report's.</summary>
public sealed class NarrativeYearTests
{
    private static List<DateOnly?> Days(string text) =>
        [.. KnowledgeBaseBuilder.Build([Corpus.Text("n.txt", text)], Corpus.Lexicon).Rounds.Select(r => r.Date).Order()];

    [Fact]
    public void YearlessRoundsOfARecapTakeTheYearOfTheFirstRound()
    {
        var days = Days("Talks resume\nLISBON, March 3, 2009 – The government and the rebels met again in Lisbon on Monday. "
            + "Earlier rounds between Colombia and the ELN took place in Geneva on 12 June, 2004, in Oslo on September 2nd and in Rome on 20th November.");

        Assert.Contains(new DateOnly(2004, 9, 2), days);
        Assert.Contains(new DateOnly(2004, 11, 20), days);
    }

    [Fact]
    public void ASentenceCountingDaysLaterGoesOnWithTheSentenceBeforesYear()
    {
        var days = Days("Talks resume\nLISBON, May 26, 2006 – Colombia and the ELN met again in Lisbon on Friday. "
            + "The first round of talks between them took place in Geneva on 30th August, 2001. "
            + "The second round of talks followed 12 days later, on September 11th, in Oslo.");

        Assert.Contains(new DateOnly(2001, 9, 11), days);
        Assert.DoesNotContain(new DateOnly(2005, 9, 11), days);
    }

    [Fact]
    public void AYearlessDayBeforeTheAnchorFallsInTheNextYear()
    {
        var days = Days("Talks resume\nLISBON, March 3, 2009 – Rounds between Colombia and the ELN were held in Geneva on 12 November, 2004, and in Oslo on 15 January.");

        Assert.Contains(new DateOnly(2005, 1, 15), days);
    }

    [Fact]
    public void ADatelineRunIntoTheSentenceAnchorsNoNarrative()
    {
        var days = Days("Talks go on\nLISBON, May 12, 2016 – The talks between Colombia and the ELN got under way in Lisbon on December 2 and are now in their fifth month.");

        Assert.Contains(new DateOnly(2015, 12, 2), days);
    }

    [Fact]
    public void ADayInTheDatelinesWeekKeepsTheDatelinesYearAfterAFullDeadline()
    {
        // The deadline is no meeting and no narrative: the round this week is the report's own.
        var days = Days("Arms talks\nGENEVA, June 1, 2009 – The treaty runs out on December 5, 2009, and the third round of Russian-American talks on its successor opens in Geneva on June 2.");

        Assert.Equal([new DateOnly(2009, 6, 2)], days);
    }
}
