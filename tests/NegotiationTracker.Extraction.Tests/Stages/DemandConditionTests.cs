using NegotiationTracker.Extraction.Tests.Infrastructure;

namespace NegotiationTracker.Extraction.Tests.Stages;

/// <summary>Demands written as a condition, a hope or a "must" after a plain "said": forms reported speech uses often.</summary>
public sealed class DemandConditionTests
{
    private static IReadOnlyList<NegotiationTracker.Extraction.Consolidation.KbDemand> DemandsIn(string text) =>
        [.. KnowledgeBaseBuilder.Build([Corpus.Text("d.txt", text)], Corpus.Lexicon).Demands];

    private const string Opening = "Serbia-Kosovo talks\nSerbia and Kosovo met in Brussels on 3 March 2023. ";

    [Fact]
    public void MakingSomethingConditionalOnAStepIsADemand()
    {
        var demands = DemandsIn(Opening + "Serbia made its return to the table conditional on new elections in the north.");

        Assert.Contains(demands, d => d.Party == "Serbia" && d.Category == "other");
    }

    [Fact]
    public void MustAfterAPlainSaidIsADemand()
    {
        var demands = DemandsIn(Opening + "Kosovo said Serbia must withdraw its troops from the border before any deal.");

        Assert.Contains(demands, d => d.Party == "Kosovo" && d.Category == "demilitarization");
    }

    [Fact]
    public void AHopeForATopicIsADemand()
    {
        var demands = DemandsIn(Opening + "Serbia hopes the two sides will agree on security guarantees for the Serb municipalities.");

        Assert.Contains(demands, d => d.Party == "Serbia" && d.Category == "security-guarantees");
    }

    [Fact]
    public void AHopeWithoutATopicIsNoDemand()
    {
        var demands = DemandsIn(Opening + "Kosovo hopes the talks will go well.");

        Assert.DoesNotContain(demands, d => d.Party == "Kosovo");
    }

    [Fact]
    public void LettingAidInIsHumanitarianAccess()
    {
        var demands = DemandsIn("Israel-Hamas talks\nIsrael and Hamas met in Cairo on 3 March 2025. Hamas said Israel must let more aid into the north.");

        Assert.Contains(demands, d => d.Party == "Hamas" && d.Category == "humanitarian");
    }

    [Fact]
    public void HadToInReportedSpeechIsADemand()
    {
        var demands = DemandsIn(Opening + "Serbia stressed that the talks had to cover security guarantees for the Serb municipalities.");

        Assert.Contains(demands, d => d.Party == "Serbia" && d.Category == "security-guarantees");
    }

    [Fact]
    public void APersonOfUnknownSideBetweenAPartyAndTheCueIsTheSpeaker()
    {
        var demands = DemandsIn(Opening + "Greece has tried to revive the talks, but Goran Markovic has made it a condition that the sanctions be lifted first.");

        Assert.DoesNotContain(demands, d => d.Party == "Greece");
        Assert.DoesNotContain(demands, d => d.Category == "sanctions" && d.Party != "Serbia" && d.Party != "Kosovo");
    }

    [Theory]
    [InlineData("India pushed for the Chinese side to pull back in the western sector.")]
    [InlineData("India is seeking a full disengagement at all friction points.")]
    public void PullingBackOrDisengagingIsAReducedMilitary(string sentence)
    {
        var demands = DemandsIn("India-China border talks\nIndia and China met in Moldo on 12 October 2020. " + sentence);

        Assert.Contains(demands, d => d.Party == "India" && d.Category == "demilitarization");
    }

    [Fact]
    public void ThePartyAnEnvoyIsForIsNotTheOneWhoUrges()
    {
        var demands = DemandsIn("Yemen prisoner talks\nYemen and the Houthis met in Geneva on 11 March 2023. The UN envoy for Yemen urged the two sides to agree on a prisoner exchange.");

        Assert.DoesNotContain(demands, d => d.Party == "Yemen");
    }

    [Fact]
    public void EachStrongCueInAClauseGovernsItsOwnDemand()
    {
        var demands = DemandsIn(Opening + "Serbia made its return conditional on new elections in the north and stressed that a lasting and fair deal on the courts must be found.");

        Assert.Equal(2, demands.Count(d => d.Party == "Serbia" && d.Category == "other"));
    }

    [Fact]
    public void ALongSubjectBeforeMustStillMakesADemand()
    {
        var demands = DemandsIn(Opening + "Kosovo said that a fair and lasting settlement of the court dispute must come first.");

        Assert.Contains(demands, d => d.Party == "Kosovo" && d.Category == "other");
    }
}
