using NegotiationTracker.Extraction.Tests.Infrastructure;

namespace NegotiationTracker.Extraction.Tests.Stages;

/// <summary>A sentence that goes on with a list ("Among them…", "These include…") names what the sentence before asked for.</summary>
public sealed class DemandListTests
{
    private const string Opening = "Talks\nSerbia and Kosovo held talks in Brussels on 3 March 2025. ";

    private static IReadOnlyList<NegotiationTracker.Extraction.Consolidation.KbDemand> DemandsIn(string text) =>
        [.. KnowledgeBaseBuilder.Build([Corpus.Text("d.txt", Opening + text)], Corpus.Lexicon).Demands];

    [Fact]
    public void AListAfterADemandGoesOnWithTheSameParty()
    {
        var demands = DemandsIn("Serbia set out three conditions for a final deal. Among them is the return of refugees to the villages they fled.");

        Assert.Contains(demands, d => d.Party == "Serbia" && d.Category == "humanitarian");
    }

    [Fact]
    public void EachTopicOfTheListIsADemand()
    {
        var demands = DemandsIn("Kosovo wants a settlement before the summer. These include security guarantees and the lifting of sanctions.");

        Assert.Contains(demands, d => d.Party == "Kosovo" && d.Category == "security-guarantees");
        Assert.Contains(demands, d => d.Party == "Kosovo" && d.Category == "sanctions");
    }

    [Fact]
    public void AListAfterNoDemandIsNoDemand()
    {
        var demands = DemandsIn("The two teams went through a long agenda. Among them were sanctions and the border regions.");

        Assert.Empty(demands);
    }
}
