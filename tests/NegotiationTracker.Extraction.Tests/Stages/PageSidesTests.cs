using NegotiationTracker.Extraction.Claims;
using NegotiationTracker.Extraction.Tests.Infrastructure;

namespace NegotiationTracker.Extraction.Tests.Stages;

/// <summary>
/// Sides that only the page names: a carrier named for its country, the one union facing it, and countries that are only
/// the last items of a list of destinations.
/// </summary>
public sealed class PageSidesTests
{
    private const string PilotsReport = "Pilots threaten strike\n"
        + "On Thursday, pilots at China Airlines said they could strike at any moment now that their talks with the airline had collapsed.\n\n"
        + "The Pilots Union Taoyuan held a strike vote last year over the airline's neglect of its pilots' rest.\n\n"
        + "After China Airlines promised better conditions, talks bringing together the airline, the union and labour authorities opened last Friday.\n\n"
        + "A walkout would hurt the airline, which flies to mainland China, Hong Kong, Japan and the United States among other places.";

    [Theory]
    [InlineData("Cabin crew talks\nKenya Airways and the cabin crew union met on Monday in Nairobi.", "Kenya Airways")]
    [InlineData("Strike talks\nAfter China Airlines promised better conditions, the pilots met the airline on Friday.", "China Airlines")]
    public void ACarrierNamedForItsCountryIsACompanyOfThePage(string text, string company) =>
        Assert.Contains(company, Corpus.PagePartiesIn(text));

    [Fact]
    public void AWordThatIsNeverANameDoesNotOpenACompanysName() =>
        Assert.DoesNotContain("After China Airlines", Corpus.PagePartiesIn(PilotsReport));

    [Fact]
    public void CountriesEndingAListOfDestinationsAreNotTheSides()
    {
        var rounds = Corpus.Read(PilotsReport).Rounds;

        Assert.NotEmpty(rounds);
        Assert.All(rounds, r => Assert.DoesNotContain("Japan", r.Parties));
    }

    [Fact]
    public void CountriesOpeningAListOfTeamsAreNotTheSides()
    {
        var kb = Corpus.Read("Players row\nThe West Indies Players Association (WIPA) is at odds with the Trinidad and Tobago Cricket Board (TTCB) over contracts.\n\n"
            + "After the two parties met in Port-of-Spain on Tuesday, the WIPA president accused the TTCB of misleading the public.\n\n"
            + "The sides of India, Australia, South Africa, West Indies, New Zealand and England will also play in the tournament.");

        Assert.Equal(["Trinidad and Tobago Cricket Board", "West Indies Players Association"], Assert.Single(kb.Rounds).Parties.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ACountrysBoardSpelledOutByItsAcronymIsABodyOfThePage() =>
        Assert.Contains("Bangladesh Cricket Board", Corpus.PagePartiesIn("Strike ends\nThe Bangladesh Cricket Board (BCB) met the striking players on Wednesday night."));

    [Fact]
    public void TheOneOtherBodyThePageNamesIsTheSecondSide() =>
        Assert.Equal(["China Airlines", "Pilots Union Taoyuan"], Assert.Single(Corpus.Read(PilotsReport).Rounds).Parties.Order(StringComparer.Ordinal));

    [Theory]
    [InlineData("Tajik talks\nASHGABAT, July 8 (Agency) -- Talks on the Tajikistan conflict began a new round today in the Turkmenistan capital Ashgabat, the opposition said.", "Turkmenistan")]
    [InlineData("Peace talks\nNAIROBI, Jan 10 (Agency) - On Monday, in the Kenyan town of Naivasha, the Sudanese government and the SPLM opened a new round of talks.", "Kenya")]
    public void ACountryQualifyingAPlaceIsWhereTheTalksAreNotASide(string text, string country)
    {
        var rounds = Corpus.Read(text).Rounds;

        Assert.NotEmpty(rounds);
        Assert.All(rounds, r => Assert.DoesNotContain(country, r.Parties));
    }

    [Fact]
    public void ASerialCommaDoesNotEndAListOfTeams() =>
        Assert.DoesNotContain("India", ArticleReader.Read(Corpus.Text("c.txt", "Players row\n\nThe players' association met the board on Tuesday. "
            + "The sides of India, Australia, Hong Kong, and Singapore will also play in the tournament."), Corpus.Lexicon).Negotiators);
}
