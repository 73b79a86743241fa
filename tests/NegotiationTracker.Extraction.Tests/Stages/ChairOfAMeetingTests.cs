using NegotiationTracker.Extraction.Tests.Infrastructure;

namespace NegotiationTracker.Extraction.Tests.Stages;

/// <summary>
/// "X chaired a meeting between representatives of A and B": the sides named after "between" are whom the meeting
/// brought together; the one who chairs it is in neither team.
/// </summary>
public sealed class ChairOfAMeetingTests
{
    [Fact]
    public void WhoChairsAMeetingBetweenTwoSidesHeadsNeither()
    {
        var kb = Corpus.Read("Talks\nPRETORIA, 10 June 2008 (AFP) - Zimbabwe's rivals held talks in Pretoria on Tuesday. "
            + "Local Government Minister Sydney Mufamadi chaired a meeting between representatives of the opposition Movement for Democratic Change and Zanu-PF.");

        Assert.DoesNotContain(kb.Delegations.SelectMany(d => d.Members), m => Corpus.NameOf(kb, m.PersonKey) == "Sydney Mufamadi");
    }

    [Theory]
    [InlineData("As the session opened, Kenyan President Mwai Kibaki was in the chair.")]
    [InlineData("With Kenyan President Mwai Kibaki, the host, in the chair, the session opened at noon.")]
    public void WhoIsInTheChairHeadsTheHostsTeam(string chair)
    {
        var kb = Corpus.Read("Congo talks\nNAIROBI, Dec 8, 2008 (AFP) - The Congolese government and the CNDP rebels opened direct talks on Monday in Nairobi. " + chair);

        var kenya = Assert.Single(kb.Delegations, d => d.Party == "Kenya");
        Assert.Contains(kenya.Members, m => m.IsHead && Corpus.NameOf(kb, m.PersonKey) == "Mwai Kibaki");
    }
}
