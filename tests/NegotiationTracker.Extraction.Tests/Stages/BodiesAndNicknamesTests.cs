using NegotiationTracker.Extraction.Tests.Infrastructure;

namespace NegotiationTracker.Extraction.Tests.Stages;

/// <summary>
/// Names that are a body's or a nickname, and offices that are no given name: "Corps of Engineers Northwestern
/// Division", "Martin Luther King Jr.", "now known as Commander Tono", "State Controller John Chiang".
/// </summary>
public sealed class BodiesAndNicknamesTests
{
    [Fact]
    public void ASuffixAfterAnOfficeWordIsNoSurname()
    {
        var people = Corpus.PeopleIn("Strike talks\nOn Monday the pickets were silent, with schools marking the Martin Luther King Jr. holiday.");

        Assert.DoesNotContain("Jr", people);
    }

    [Fact]
    public void ANameEndingWithAStateBodysWordIsThatBody()
    {
        var people = Corpus.PeopleIn("River treaty talks\nThe U.S. negotiating team is made up of representatives of the Bonneville Power Administration and "
            + "the U.S. Army Corps of Engineers Northwestern Division.");

        Assert.Empty(people);
    }

    [Fact]
    public void AControllerIsAnOfficeNotAGivenName()
    {
        var kb = Corpus.Read("Budget talks\nThe pay cuts will not be carried out, State Controller John Chiang has said.");

        Assert.Equal(["State Controller"], Corpus.TitlesOf(kb, "John Chiang"));
    }

    [Fact]
    public void ANicknameAfterAnAliasOpenerIsTheSamePerson()
    {
        var people = Corpus.PeopleIn("Ceasefire talks\nThe rebel representatives included Walter Calderon, a former guardsman now known as Commander Tono; "
            + "Luis Fley, or Commander Johnson, and Diogenes Hernandez (Commander Fernando).");

        Assert.Equal(["Diogenes Hernandez", "Luis Fley", "Walter Calderon"], people.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ANicknameThatIsThePersonsOnlyNameIsAPerson()
    {
        var people = Corpus.PeopleIn("Peace talks\nThe Zapatista leader known as Subcommander Marcos had suggested opening the talks in Mexico City.");

        Assert.Equal(["Marcos"], people);
    }

    [Fact]
    public void ACompanysOrAStateBodysNameIsNoPerson()
    {
        var people = Corpus.PeopleIn("Subsidy talks\nWith him are the Governor of the Central Bank, Ana Silva, and the Group Chief Executive Officer of the "
            + "Nigerian National Petroleum Company Limited, Ivan Petrov. Representing the other side was Chairman of the General Authority for Borders Omar Hosari.");

        Assert.DoesNotContain("Company Limited", people);
        Assert.DoesNotContain("Authority", people);
    }

    [Fact]
    public void AnAttorneyIsAnOffice()
    {
        var kb = Corpus.Read("Coalition talks\nThe party asked for the dismissal of newly-appointed Chief State Attorney Ivan Turudic, with everything else open to talks.");

        Assert.Contains("Ivan Turudic", kb.People.Select(p => p.Name));
    }

    [Fact]
    public void ASurnameAfterAFormOfAddressIsAPerson()
    {
        var people = Corpus.PeopleIn("Cod talks\nLONDON, Jan 24, 1976 — After a day in which Mr Wilson and Mr Hallgrimsson talked at Downing Street, the skippers waited.");

        Assert.Equal(["Hallgrimsson", "Wilson"], people.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("Thai Prime Minister Abhisit Vejjajiva offered talks. Mr Abhisit has been using the barracks as a base.", "Abhisit Vejjajiva")]
    [InlineData("Union secretary Alex Claassens met the minister. \"We want an outcome,\" Mr Claasens told the radio.", "Alex Claassens")]
    [InlineData("Talks resumed. The Secretary and Mr. Berle76 have been briefed on where the negotiations stand.", "Berle")]
    public void AnAddressedWordOfALongerNameIsNoNewPersonAndAFootnotedOneIsWithoutItsMark(string body, string? only)
    {
        var people = Corpus.PeopleIn("Talks\n" + body);

        Assert.Equal(only is null ? [] : [only], people);
    }
}
