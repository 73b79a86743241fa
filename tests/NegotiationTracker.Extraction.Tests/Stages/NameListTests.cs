using NegotiationTracker.Extraction.Tests.Infrastructure;

namespace NegotiationTracker.Extraction.Tests.Stages;

/// <summary>What a name's neighbours say of it: a list shares its title, a place noun makes a place, a slip of the pen is no second person.</summary>
public sealed class NameListTests
{
    [Fact]
    public void NamesListedBesideAPersonArePeopleWithoutATitleOfTheirOwn()
    {
        var people = Corpus.PeopleIn("Talks\nFlying to the talks with the chief negotiator were advisers Tomas Brevik Aune, Oriol Mestanza and Sergio Valcarcel.");

        Assert.Contains("Tomas Brevik Aune", people);
        Assert.Contains("Oriol Mestanza", people);
    }

    [Fact]
    public void AForeignAndStillJoinsTheList()
    {
        var people = Corpus.PeopleIn("Talks\nThe party named a commission made up of Arlindo Chissuma Bene, Felisberta Nhaca e Jose Macuacua to talk with the rebels.");

        Assert.Contains("Arlindo Chissuma Bene", people);
        Assert.Contains("Felisberta Nhaca", people);
    }

    [Fact]
    public void AListedNamesBracketedPartyKeepsTheListGoing()
    {
        var people = Corpus.PeopleIn("Talks\nThe panel's co-chairs are James Orengo (ODM), Wekesa Simiyu (Ford Kenya), and Kiprono Muthama (Wiper).");

        Assert.Contains("Wekesa Simiyu", people);
        Assert.Contains("Kiprono Muthama", people);
    }

    [Fact]
    public void ANameAndItsAppositionAreNoList()
    {
        var people = Corpus.PeopleIn("Talks\nThe delegations shook hands before the session. Photo by Jared Kushner, Sandline Pictures, taken on Monday.");

        Assert.DoesNotContain("Sandline Pictures", people);
    }

    [Fact]
    public void WordsBeforeAPlaceNounNameAPlaceNotAPerson()
    {
        var people = Corpus.PeopleIn("Talks\nThe delegation also comprised the president of the Tarfaya-Boujdour Nord region, Ahmed Ould Salek, and the head of the Assa-Zag Guelmim province council.");

        Assert.DoesNotContain("Tarfaya-Boujdour Nord", people);
        Assert.DoesNotContain("Assa-Zag Guelmim", people);
    }

    [Fact]
    public void ASurnameWithTwoLettersSwappedIsTheSamePerson()
    {
        var people = Corpus.PeopleIn("Talks\nForeign Minister Mikheil Darchiashvili met his counterpart on Monday. Later, Foreign Minister Mikheil Darhciashvili told reporters the meeting went well.");

        Assert.Equal(["Mikheil Darchiashvili"], people.Where(p => p.StartsWith("Mikheil", StringComparison.Ordinal)));
    }

    [Fact]
    public void ASecondSpellingWithOneLetterLessAndOneChangedIsTheSamePerson()
    {
        var people = Corpus.PeopleIn("Talks\nThe party's chief negotiator Darrell McGoughran said time was short. Later, negotiator Darel McGaughran told reporters the talks went on.");

        Assert.Single(people, p => p.StartsWith("Dar", StringComparison.Ordinal));
    }

    [Fact]
    public void ShortSurnamesOneLetterApartStayTwoPeople()
    {
        var people = Corpus.PeopleIn("Talks\nForeign Minister Omar Nabil said the talks went well. Trade Minister Omar Nabel added that the next round would follow soon.");

        Assert.True(people.Contains("Omar Nabil"), string.Join(";", people));
        Assert.Contains("Omar Nabel", people);
    }

    [Fact]
    public void ThreeNamesInARowAreAListWithNoJoiningWord()
    {
        var people = Corpus.PeopleIn("Lockout talks\nToday's meeting is also attended by Craig Adams, David Backes, Martin Biron, Chris Campoli, Mathieu Darche.");

        Assert.Contains("Craig Adams", people);
        Assert.Contains("Mathieu Darche", people);
    }

    [Fact]
    public void ANameAndItsCreditAreNoList()
    {
        var people = Corpus.PeopleIn("Talks\nPresident Ivan Petrov met the envoy on Monday. Ivan Petrov, Getty Images");

        Assert.DoesNotContain("Getty Images", people);
    }
}
