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
    public void TheItemsOfANumberedListUnderADemandAreEachADemandOfItsAsker()
    {
        var demands = DemandsIn("Sources say Kosovo has put forward a set of core conditions for a meaningful dialogue, among them:\n\n"
            + "  1. Last year's local elections must not be questioned or discussed.\n"
            + "  2. All political and economic sanctions imposed during the dispute to be lifted.\n\nThe talks went on.");

        Assert.Contains(demands, d => d.Party == "Kosovo" && d.Category == "other" && d.Text.Contains("local elections", StringComparison.Ordinal));
        Assert.Contains(demands, d => d.Party == "Kosovo" && d.Category == "sanctions");
        Assert.DoesNotContain(demands, d => d.Text.Contains("talks went on", StringComparison.Ordinal));
    }

    [Fact]
    public void AShortLineBetweenTheDemandAndItsListHandsTheListOn()
    {
        var demands = DemandsIn("After a long day the co-chair read out five issues put forward by the Serbian side.\n\nThey are;\n\n"
            + "  1. Cost of living\n  2. An audit of the results of the 2022 elections\n");

        Assert.Equal(2, demands.Count(d => d.Party == "Serbia" && d.Category == "other"));
    }

    [Fact]
    public void AListUnderASentenceThatAsksNothingHoldsNoDemands()
    {
        var demands = DemandsIn("The two delegations agreed as follows:\n\n  1. Talks resume in April.\n  2. Experts meet in Pristina.\n");

        Assert.Empty(demands);
    }

    [Fact]
    public void AListAfterNoDemandIsNoDemand()
    {
        var demands = DemandsIn("The two teams went through a long agenda. Among them were sanctions and the border regions.");

        Assert.Empty(demands);
    }
}
