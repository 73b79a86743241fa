using NegotiationTracker.Extraction.Articles;
using NegotiationTracker.Extraction.Document;
using NegotiationTracker.Extraction.Tests.Infrastructure;

namespace NegotiationTracker.Extraction.Tests.Document;

/// <summary>
/// The headline of a saved page is its first line that is no page furniture: the tops below are the
/// shapes real pages in the corpus open with (section labels, clocks, tickers, date lines, logos).
/// </summary>
public sealed class HeadlineTests
{
    [Theory]
    [InlineData("WAR ON GAZA\nDelegation meets mediators in Cairo\nThe delegation met on Sunday.", "Delegation meets mediators in Cairo")]
    [InlineData("GENERAL\nPhysical Address\n12 Harbour Road\nMinisters resume border talks\nThe ministers met.", "Ministers resume border talks")]
    [InlineData("Time in Yerevan: 11:07,   29 May 2024\nMoscow welcomes the Almaty meeting\nThe ministers met in Almaty.", "Moscow welcomes the Almaty meeting")]
    [InlineData("Thursday, December 19, 2024\nAU invites the parties to new talks\nThe African Union wrote.", "AU invites the parties to new talks")]
    [InlineData("Apr 19, 2025, 8:22 PM\nSecond round ends with momentum\nThe delegations met in Rome.", "Second round ends with momentum")]
    [InlineData("AGL 36.58 Decreased By ▼ -1.42 (-3.74%)\nQatar's premier meets the delegation in Doha\nThey met.", "Qatar's premier meets the delegation in Doha")]
    [InlineData("Home > World > Europe\nKEY POINTS\nTalks to take place in Riyadh on Monday\nOfficials said.", "Talks to take place in Riyadh on Monday")]
    [InlineData("gCaptain-logo\nWelcome to Africanews\nNew round of talks opens in Doha\nThe sides met.", "New round of talks opens in Doha")]
    public void SkipsSectionLabelsAndPageFurnitureToTheHeadline(string text, string headline)
    {
        var document = ArticleDocument.Read(Corpus.Text("page.txt", text), Corpus.Lexicon);

        Assert.Equal(headline, document.Header.Title);
        Assert.Equal(headline, Assert.Single(document.Sentences, s => s.Kind == BlockKind.Headline).Text);
    }

    [Fact]
    public void KeepsAHeadlineThatOnlyLooksLikeALabelWhenItHasMoreWords()
    {
        var document = ArticleDocument.Read(Corpus.Text("caps.txt", "RUSSIA AND UKRAINE AGREE TO MEET AGAIN\nThe sides met in Istanbul."), Corpus.Lexicon);

        Assert.Equal("RUSSIA AND UKRAINE AGREE TO MEET AGAIN", document.Header.Title);
    }

    [Fact]
    public void AVeryLongFirstLineIsTheLeadWhereverItsStopFell()
    {
        var lead = "date 2018-06-28 Yesterday in Lome, Togo, President Nana Addo Dankwa Akufo-Addo and President Alpha Conde of Guinea held a "
            + "meeting with representatives of the Togolese government and the Coalition of 14 Opposition Parties, as part of the search for a "
            + "lasting way out of the political crisis in that country";
        var document = ArticleDocument.Read(Corpus.Text("lead.txt", lead + "\n.\nDuring the meeting the two leaders spoke."), Corpus.Lexicon);

        Assert.NotEqual(BlockKind.Headline, Assert.Single(document.Sentences, s => s.Text.Contains("Coalition of 14", StringComparison.Ordinal)).Kind);
    }

    [Fact]
    public void FallsBackToTheFirstLineWhenNothingLooksLikeAHeadline()
    {
        Assert.Equal("GENERAL", ArticleHeader.Headline("GENERAL\n\nPOLITICS", Corpus.Lexicon.Page));
    }

    [Fact]
    public void ReadsTheDatelineBelowAHeadlineThatCarriesADateOfItsOwn()
    {
        var header = ArticleHeader.Parse("TOP STORIES\nTalks to end on 3 May 2024\nPublished: 21 March 2024\nThe sides met.", Corpus.Lexicon.Page);

        Assert.Equal("Talks to end on 3 May 2024", header.Title);
        Assert.Equal(new DateOnly(2024, 3, 21), header.PublishedOn);
    }
}
