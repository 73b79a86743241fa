using NegotiationTracker.Extraction.Tests.Infrastructure;

namespace NegotiationTracker.Extraction.Tests.Stages;

/// <summary>Demands in reported speech: refusals with a condition, "the government", "It" for the party just quoted, words that only look like cues.</summary>
public sealed class DemandSpeechTests
{
    private static IReadOnlyList<NegotiationTracker.Extraction.Consolidation.KbDemand> DemandsIn(string text) =>
        [.. KnowledgeBaseBuilder.Build([Corpus.Text("d.txt", text)], Corpus.Lexicon).Demands];

    [Fact]
    public void ACapitalNamingWhereTalksAreIsNoSpeaker()
    {
        var kb = Corpus.Read("Talks\nBANGKOK, September 17, 1990 — Cambodia and the resistance coalition met in Bangkok on Monday. "
            + "At the Bangkok talks, the resistance coalition insisted that Prince Norodom Sihanouk be named chairman.");

        Assert.DoesNotContain(kb.Demands, d => d.Party == "Thailand");
    }

    [Fact]
    public void ARefusalUntilSomethingHappensIsADemand()
    {
        var demands = DemandsIn("Israel-Hamas talks\nIsrael and Hamas met in Cairo on 3 March 2025. Israel says it will not start the second phase before it gets the remaining hostages back.");

        Assert.Contains(demands, d => d.Party == "Israel");
    }

    [Fact]
    public void TheGovernmentIsTheStateSideInTalksWithAMovement()
    {
        var demands = DemandsIn("Sudan army-RSF talks\nSudan and the Rapid Support Forces met in Jeddah on 6 May 2023. The government further demanded that the declaration be put into effect before it takes part in other talks.");

        Assert.Contains(demands, d => d.Party == "Sudan" && d.Category == "other");
    }

    [Fact]
    public void ItIsThePartyTheSentenceBeforeQuoted()
    {
        var demands = DemandsIn("Israel-Hamas talks\nIsrael and Hamas met in Cairo on 3 March 2025. Hamas said in a statement that talks went well. It urged a clear mechanism to stop ceasefire violations.");

        Assert.Contains(demands, d => d.Party == "Hamas" && d.Category == "ceasefire");
    }

    [Theory]
    [InlineData("Hamas is still pushing back against the disarmament proposal.")]
    [InlineData("The talks, which are closed to the press, cover territorial questions.")]
    [InlineData("Hamas insisted on a seat at the ceasefire talks.")]
    public void WordsThatOnlyLookLikeCuesNameNoDemandOfTheirTopic(string sentence)
    {
        var demands = DemandsIn("Israel-Hamas talks\nIsrael and Hamas met in Cairo on 3 March 2025. " + sentence);

        Assert.DoesNotContain(demands, d => d.Category is "demilitarization" or "territory" or "ceasefire");
    }

    [Fact]
    public void WhatAPartyGivesInReturnIsNotWhatItWants()
    {
        var demands = DemandsIn("Israel-Hamas talks\nIsrael and Hamas met in Cairo on 3 March 2025. Hamas is seeking security guarantees in return for the release of the hostages.");

        Assert.Contains(demands, d => d.Party == "Hamas" && d.Category == "security-guarantees");
        Assert.DoesNotContain(demands, d => d.Category == "prisoner-exchange");
    }

    [Fact]
    public void TheWorkersAUnionSpeaksForMakeItsDemand()
    {
        var demands = DemandsIn("Wage talks\nGEORGETOWN, 16 October 2017 - The Government and the Guyana Public Service Union held another meeting today. "
            + "The workers demanded a 10 percent increase this year.");

        Assert.Contains(demands, d => d.Party == "Guyana Public Service Union");
    }

    [Fact]
    public void RebelDemandsAreTheOneMovementsAtTheTable()
    {
        var demands = DemandsIn("Peace talks\nKATHMANDU, 17 September 2001 - The government of Nepal and the Communist Party of Nepal (Maoist) held a third round of talks today. "
            + "Rebel demands for an interim government were discussed.");

        Assert.Contains(demands, d => d.Party != "Nepal");
        Assert.DoesNotContain(demands, d => d.Party == "Nepal");
    }
}
