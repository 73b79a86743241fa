using NegotiationTracker.Extraction.Tests.Infrastructure;

namespace NegotiationTracker.Extraction.Tests.Stages;

/// <summary>
/// Offices as translated releases and wires join them: a hyphened office ("vice-minister"), a body whose name holds
/// "and" ("Department of Boundary and Ocean Affairs"), and an office set off before a name whose verb of speech follows.
/// </summary>
public sealed class JoinedOfficeTests
{
    private const string Opening = "Talks open\nASUNCION, May 5, 2009 – Brazil and Paraguay held talks in Asuncion on Tuesday. ";

    private static IReadOnlyList<string> TitlesOf(string sentence, string name) =>
        [.. KnowledgeBaseBuilder.Build([Corpus.Text("j.txt", Opening + sentence + "\n")], Corpus.Lexicon).People.Single(p => p.Name == name).Titles.Select(t => t.Title)];

    [Theory]
    [InlineData("The side was represented by Samuel Gonzalez, vice-minister of Public Works; Ricardo Canese, coordinator of the Table.", "Samuel Gonzalez", "vice-minister of Public Works")]
    [InlineData("Vice-Minister Laura Benitez opened the session.", "Laura Benitez", "Vice-Minister")]
    public void AHyphenedOfficeIsAnOffice(string sentence, string name, string title) =>
        Assert.Contains(title, TitlesOf(sentence, name));

    [Fact]
    public void ABodysNameJoinedByAndStaysInTheOffice()
    {
        var titles = TitlesOf("Hong Liang, Director-General of the Department of Boundary and Ocean Affairs of the Ministry of Foreign Affairs, led the other team.", "Hong Liang");

        Assert.Contains("Director-General of the Department of Boundary and Ocean Affairs of the Ministry of Foreign Affairs", titles);
    }

    [Fact]
    public void APersonAfterAndIsNoPartOfTheOffice()
    {
        var titles = TitlesOf("Among them were Theselle Maseribane, leader of the Basotho National Party and Keketso Rantsho, leader of the Reformed Congress.", "Theselle Maseribane");

        Assert.Contains("leader of the Basotho National Party", titles);
    }

    [Fact]
    public void AnOfficeSetOffBeforeANameThatRepliesIsItsTitle()
    {
        var titles = TitlesOf("Asked about it, G7 spokesman, Alphonse Djedje-Mady replied that it was fine.", "Alphonse Djedje-Mady");

        Assert.Contains("G7 spokesman", titles);
    }

    [Fact]
    public void ALowercaseWordInsideABodysNameStaysInTheOffice()
    {
        var titles = TitlesOf("Claudio Descalzi, CEO of Italian oil company Eni, also attended the meeting.", "Claudio Descalzi");

        Assert.Contains("CEO of Italian oil company Eni", titles);
    }
}
