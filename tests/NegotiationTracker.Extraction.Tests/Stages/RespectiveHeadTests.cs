using NegotiationTracker.Extraction.Consolidation;
using NegotiationTracker.Extraction.Tests.Infrastructure;

namespace NegotiationTracker.Extraction.Tests.Stages;

/// <summary>
/// A pair of heads written right beside a pair of teams ("Led by A and B, the X and Y delegations met") go
/// together in order; two parties elsewhere in the clause pair with no one.
/// </summary>
public sealed class RespectiveHeadTests
{
    private static KnowledgeBase Read(string text) => KnowledgeBaseBuilder.Build([Corpus.Text("t.txt", text)], Corpus.Lexicon);

    private static string? Name(KnowledgeBase kb, string? key) => kb.People.SingleOrDefault(p => p.Key == key)?.Name;

    [Fact]
    public void HeadsBeforeATeamPairLeadTheTeamsInOrder()
    {
        var kb = Read("Talks in Vienna\nArmenia and Azerbaijan held talks in Vienna on 3 March 2024. "
            + "Led by deputy ministers Armen Hovsepyan and Samir Aliyarov, the Armenian and Azerbaijani delegations met for six hours.");

        Assert.Equal("Armen Hovsepyan", Name(kb, Assert.Single(kb.Delegations, d => d.Party == "Armenia").HeadKey));
        Assert.Equal("Samir Aliyarov", Name(kb, Assert.Single(kb.Delegations, d => d.Party == "Azerbaijan").HeadKey));
    }

    [Fact]
    public void HeadsAfterATeamPairLeadTheTeamsInOrder()
    {
        var kb = Read("Talks in Vienna\nArmenia and Azerbaijan held talks in Vienna on 3 March 2024. "
            + "The Armenian and Azerbaijani delegations, headed respectively by Armen Hovsepyan and Samir Aliyarov, met for six hours.");

        Assert.Equal("Armen Hovsepyan", Name(kb, Assert.Single(kb.Delegations, d => d.Party == "Armenia").HeadKey));
        Assert.Equal("Samir Aliyarov", Name(kb, Assert.Single(kb.Delegations, d => d.Party == "Azerbaijan").HeadKey));
    }
}
