using NegotiationTracker.Extraction.Tests.Infrastructure;

namespace NegotiationTracker.Extraction.Tests.Stages;

/// <summary>
/// Words a page prints beside names that make no person of their own: a clock's PM and time zone, a photo credit in
/// brackets, a correspondent set off by a comma, a credit line under a date stamp, a party's or a court's name in a headline,
/// a quoted event's name.
/// </summary>
public sealed class PageWordsNoPersonTests
{
    [Fact]
    public void AClocksPmAndTimeZoneAreNoOfficeAndNoPerson()
    {
        var people = Corpus.PeopleIn("Trade call\nPublished: 27 Jul 2019 12:15 PM BdST Updated: 27 Jul 2019 12:15 PM BdST\nPrime Minister Ivan Petrov spoke to the president.");

        Assert.Equal(["Ivan Petrov"], people);
    }

    [Fact]
    public void APhotoCreditInBracketsIsNoPerson()
    {
        var people = Corpus.PeopleIn("Strike talks\nL.A. City Hall, Monday night, Jan. 21, 2019. (By Bradley Bermont)\nFor now on Monday, the picketing had fallen silent.");

        Assert.Empty(people);
    }

    [Fact]
    public void APartysShortNameInAHeadlineIsNoPerson()
    {
        var people = Corpus.PeopleIn("Election 2010: Tories meet Lib Dems over deal for power\nThe two parties met on Tuesday.");

        Assert.Empty(people);
    }

    [Fact]
    public void AQuotedNameInAListOfMembersIsAnEventsName()
    {
        var people = Corpus.PeopleIn("WASHINGTON, June 29 (Reuters) - Negotiations between the\nyear without action, but U.S. firms have made plain that, absent\n"
            + "a new treaty, they will lodge fresh damage claims.\nThe statement came from Obama and Trudeau once they had\n"
            + "taken part, together with Mexican President Enrique Pena Nieto,\nin the \"Three Amigos\" summit on Wednesday in Ottawa.");

        Assert.DoesNotContain("Three Amigos", people);
    }

    [Fact]
    public void TheCorrespondentNamedAfterTheirPostIsNoPerson()
    {
        var people = Corpus.PeopleIn("Dialogue opens\nPresident Macky Sall opened the national dialogue at the palace on Wednesday.\n\nWith our correspondent in Dakar, Charlotte Idrac");

        Assert.DoesNotContain("Charlotte Idrac", people);
    }

    [Fact]
    public void ACreditLineUnderASavedPagesDateStampIsNoPerson()
    {
        var people = Corpus.PeopleIn(" date 2022-04-28 Anthony Anex\n\nIn Brussels a fresh Swiss proposal for the future of relations with the European Union has a hard road ahead.");

        Assert.Empty(people);
    }

    [Fact]
    public void ACourtsDecisionInAHeadlineIsNoPerson()
    {
        var people = Corpus.PeopleIn("Morocco: HM the King Holds Phone Conversation With Pres. of Mauritania\n\nRabat — On Tuesday morning HM King Mohammed VI spoke by "
            + "phone with the president of Mauritania.\n\nMorocco\n\nWestern Sahara - Cjeu Decision, \"Word of Caution to the King of Morocco\"\n\n"
            + "The decision of the Court of Justice of the European Union (CJEU), excluding the Sahrawi territory from the commercial… Read more »");

        Assert.DoesNotContain("Cjeu Decision", people);
    }
}
