using NegotiationTracker.Extraction.Tests.Infrastructure;

namespace NegotiationTracker.Extraction.Tests.Stages;

/// <summary>Whose wish a demand is: a refused topic is none (the refusal is the demand), what it must come "without" is one; a party after "with" is spoken of, not speaking.</summary>
public sealed class DemandRefusalTests
{
    private const string Opening = "Talks\nSerbia and Kosovo held talks in Brussels on 3 March 2025. ";

    [Fact]
    public void ARefusedTopicIsNoDemandForIt()
    {
        var kb = KnowledgeBaseBuilder.Build([Corpus.Text("d.txt", Opening + "Serbia will turn down any deal under which Kosovo keeps territory in the north.")], Corpus.Lexicon);

        Assert.DoesNotContain(kb.Demands, d => d.Category == "territory");
        Assert.Contains(kb.Demands, d => d.Party == "Serbia" && d.Category == "other");
    }

    [Theory]
    [InlineData("Serbia will not accept any agreement without security guarantees for the Serb communities.")]
    [InlineData("Serbia refuses to sign the annex without security guarantees written into it.")]
    public void WhatARefusalAsksToComeWithIsTheDemand(string sentence)
    {
        var kb = KnowledgeBaseBuilder.Build([Corpus.Text("d.txt", Opening + sentence)], Corpus.Lexicon);

        Assert.Contains(kb.Demands, d => d.Party == "Serbia" && d.Category == "security-guarantees");
    }

    [Fact]
    public void APartyAfterWithIsSpokenOfNotTheOneWhoDemands()
    {
        var kb = KnowledgeBaseBuilder.Build([Corpus.Text("d.txt", Opening + "Serbian President Vucic said the interim deal with Kosovo was over, insisting that only a full settlement would do.")], Corpus.Lexicon);

        Assert.DoesNotContain(kb.Demands, d => d.Party == "Kosovo");
    }

    [Fact]
    public void APartyAfterToIsSpokenToNotTheOneWhoDemands()
    {
        var kb = KnowledgeBaseBuilder.Build([Corpus.Text("d.txt", Opening + "The EU envoy sent a letter to Kosovo demanding the return of refugees to their homes.")], Corpus.Lexicon);

        Assert.DoesNotContain(kb.Demands, d => d.Party == "Kosovo");
    }
}
