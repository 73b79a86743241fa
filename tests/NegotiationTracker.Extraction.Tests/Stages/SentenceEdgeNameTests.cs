using NegotiationTracker.Extraction.Tests.Infrastructure;

namespace NegotiationTracker.Extraction.Tests.Stages;

/// <summary>
/// Capitals that say nothing about a name: a street's short form after a saint's or a person's name is a street
/// ("Cork's Patrick St car ban"), and an adverb capitalised only because it opens the sentence belongs to no office.
/// </summary>
public sealed class SentenceEdgeNameTests
{
    [Theory]
    [InlineData("Fresh calls to remove Cork's Patrick St car ban")]
    [InlineData("Protesters gathered on George Rd before the talks.")]
    public void AStreetsShortFormAfterANameNamesTheStreet(string line) =>
        Assert.Empty(Corpus.PeopleIn($"Talks\nThe nurses and the HSE met in Dublin on 10 March 2019. {line}"));

    [Fact]
    public void AnAdverbOpeningTheSentenceIsNoPartOfTheOfficeAfterIt()
    {
        var kb = Corpus.Read("Talks\nThe league and the players met in Toronto on 21 May 2014. Afterwards league commissioner Mark Cohon told reporters talks would go on.");

        Assert.Equal(["league commissioner"], Assert.Single(kb.People, p => p.Name == "Mark Cohon").Titles.Select(t => t.Title));
    }
}
