using NegotiationTracker.Extraction.Tests.Infrastructure;

namespace NegotiationTracker.Extraction.Tests.Stages;

/// <summary>A topic a party refuses is no wish for it: the refusal is the demand, of category other.</summary>
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
}
