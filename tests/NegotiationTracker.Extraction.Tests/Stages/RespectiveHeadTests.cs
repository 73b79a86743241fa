using NegotiationTracker.Extraction.Tests.Infrastructure;

namespace NegotiationTracker.Extraction.Tests.Stages;

/// <summary>
/// A pair of heads written right beside a pair of teams ("Led by A and B, the X and Y delegations met") go
/// together in order; two parties elsewhere in the clause pair with no one.
/// </summary>
public sealed class RespectiveHeadTests
{
    [Fact]
    public void HeadsBeforeATeamPairLeadTheTeamsInOrder()
    {
        var kb = Corpus.Read("Talks in Vienna\nArmenia and Azerbaijan held talks in Vienna on 3 March 2024. "
            + "Led by deputy ministers Armen Hovsepyan and Samir Aliyarov, the Armenian and Azerbaijani delegations met for six hours.");

        Assert.Equal("Armen Hovsepyan", Corpus.NameOf(kb, Assert.Single(kb.Delegations, d => d.Party == "Armenia").HeadKey));
        Assert.Equal("Samir Aliyarov", Corpus.NameOf(kb, Assert.Single(kb.Delegations, d => d.Party == "Azerbaijan").HeadKey));
    }

    [Fact]
    public void HeadsAfterATeamPairLeadTheTeamsInOrder()
    {
        var kb = Corpus.Read("Talks in Vienna\nArmenia and Azerbaijan held talks in Vienna on 3 March 2024. "
            + "The Armenian and Azerbaijani delegations, headed respectively by Armen Hovsepyan and Samir Aliyarov, met for six hours.");

        Assert.Equal("Armen Hovsepyan", Corpus.NameOf(kb, Assert.Single(kb.Delegations, d => d.Party == "Armenia").HeadKey));
        Assert.Equal("Samir Aliyarov", Corpus.NameOf(kb, Assert.Single(kb.Delegations, d => d.Party == "Azerbaijan").HeadKey));
    }
}
