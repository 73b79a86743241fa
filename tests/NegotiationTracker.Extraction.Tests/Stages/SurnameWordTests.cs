using NegotiationTracker.Extraction.Tests.Infrastructure;

namespace NegotiationTracker.Extraction.Tests.Stages;

/// <summary>
/// Words that are also something else but belong to a name: a city's name after a given name when an apposition follows
/// ("Piedad Cordoba, a leftist Colombian senator"), a capital's right after an office ("the Paraguayan president, Santiago
/// Peña"), and a name word a page menu also uses ("Min" of "5 Min read").
/// </summary>
public sealed class SurnameWordTests
{
    private const string Opening = "Talks\nThe government and the rebels met in Bogota on 10 January 2008. ";

    [Theory]
    [InlineData("Wayne King, the union's regional coordinating officer, said the members had spoken.", "Wayne King")]
    [InlineData("The talks went well, Marcel Head said after the session.", "Marcel Head")]
    public void AnOfficesWordAfterALoneGivenNameWithNoNameAfterItIsTheSurname(string sentence, string name) =>
        Assert.Contains(name, Corpus.PeopleIn(Opening + sentence));

    [Fact]
    public void ACitysNameAfterAGivenNameBeforeAnAppositionIsTheSurname()
    {
        var kb = Corpus.Read(Opening + "The statement also ended the mediating role of Piedad Cordoba, a leftist Colombian senator.");

        Assert.Contains(Corpus.TitlesOf(kb, "Piedad Cordoba"), t => t.EndsWith("senator", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("That same day the Paraguayan president, Santiago Peña, said the bloc would walk away.", "Santiago Peña", "president")]
    [InlineData("It was the first time in 10 months that the two leaders and Commodore Frank Bainimarama had talked.", "Frank Bainimarama", "Commodore")]
    [InlineData("Caputo had Finance Secretary Pablo Quirno and Central Bank President Santiago Bausili with him.", "Santiago Bausili", "Central Bank President")]
    public void ACapitalsNameOrAnEverydayWordAfterAnOfficeOpensTheName(string sentence, string name, string title) =>
        Assert.Contains(title, Corpus.TitlesOf(Corpus.Read(Opening + sentence), name));

    [Fact]
    public void MinClosesANameAfterAnOffice()
    {
        var kb = Corpus.Read(Opening + "A government delegation led by Minister of the President's Office Aung Min met the rebel leaders.");

        Assert.Contains("Minister of the President's Office", Corpus.TitlesOf(kb, "Aung Min"));
    }

    [Fact]
    public void ACapitalsNameAfterAGivenNameSetOffAfterAnOfficeIsTheSurname() =>
        Assert.Contains("Emilio Colombo", Corpus.PeopleIn(Opening + "A late start was made to a meeting which the Italian Foreign Minister, Emilio Colombo, hosted for the two leaders."));

    [Fact]
    public void ACapitalsNameInANicknameAfterARankIsNoSurname() =>
        Assert.DoesNotContain("Mike Lima", Corpus.PeopleIn(Opening + "The rebel representatives included Luis Moreno Payan, who goes by the name Commander Mike Lima."));

    [Fact]
    public void ACountrysNameAfterAnOfficeAndBeforeTwoNameWordsIsAGivenName()
    {
        var people = Corpus.PeopleIn("Salary talks put off\n\nKINGSTON, Jamaica - The salary talks were put off to Monday, JTA president Georgia Waugh Richards said.");

        Assert.Contains("Georgia Waugh Richards", people);
        Assert.DoesNotContain("Waugh Richards", people);
    }
}
