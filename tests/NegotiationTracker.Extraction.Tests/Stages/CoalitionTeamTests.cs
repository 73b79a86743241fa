using NegotiationTracker.Extraction.Consolidation;
using NegotiationTracker.Extraction.Tests.Infrastructure;

namespace NegotiationTracker.Extraction.Tests.Stages;

/// <summary>
/// Coalition talks between parties the lexicon does not know: "the Forward Together party" names a side, two leaders who
/// "headed the team" lead it, and a building named after the country ("the Thai Summit Tower") puts no state at the table.
/// </summary>
public sealed class CoalitionTeamTests
{
    private const string Report = "Coalition talks\nBANGKOK, Aug 9 (TNA) - Rising Star leader Somchai Prasert and Malee Wongsa headed the team that held "
        + "talks with the Forward Together party on Wednesday. The Rising Star team walked from its headquarters to the nearby Thai Summit Tower.";

    [Fact]
    public void ANameBeforeTheWordPartyIsASide() =>
        Assert.Contains("Forward Together", Corpus.PagePartiesIn(Report));

    [Fact]
    public void TwoNamesThatHeadedTheTeamLeadIt()
    {
        var kb = Corpus.Read(Report);

        var team = Assert.Single(kb.Delegations, d => d.Party == "Rising Star");
        Assert.Equal("Somchai Prasert", Corpus.NameOf(kb, team.HeadKey));
    }

    [Fact]
    public void AStatesWordOpeningABuildingsNamePutsNoStateAtTheTable()
    {
        KnowledgeBase kb = Corpus.Read(Report);

        Assert.DoesNotContain(kb.Rounds.SelectMany(r => r.Parties), p => p == "Thailand");
    }

    [Fact]
    public void APoliticalPartyInBracketsAfterANameIsThePersons()
    {
        var kb = Corpus.Read("Coalition talks\nVIENNA, Jan 25 (APA) - Following hours of talks on Friday, the leaders Karl Steiner (FTP) and "
            + "Anna Holzer (RSP) resumed their talks on Saturday in Vienna. The FTP and the RSP last met a week ago.");

        Assert.Equal("FTP", Assert.Single(kb.People, p => p.Name == "Karl Steiner").Party);
    }
}
