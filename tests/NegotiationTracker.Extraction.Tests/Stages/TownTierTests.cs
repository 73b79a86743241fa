using NegotiationTracker.Extraction.Tests.Infrastructure;

namespace NegotiationTracker.Extraction.Tests.Stages;

/// <summary>
/// The gazetteer's second tier: a smaller town is a meeting's place after a town cue ("in Kariba", "the lakeside town of
/// Kariba"), and nothing when written bare ("the Kariba dam"), where such a name may as well be a word or a surname.
/// </summary>
public sealed class TownTierTests
{
    private static NegotiationTracker.Extraction.Consolidation.KnowledgeBase Read(string text) => KnowledgeBaseBuilder.Build([Corpus.Text("c.txt", text)], Corpus.Lexicon);

    [Fact]
    public void ASmallTownAfterAPlaceWordIsTheMeetingsCity()
    {
        var kb = Read("Zambia and Zimbabwe resume water talks\nOn March 4, 2024, delegations of Zambia and Zimbabwe met in Kariba to discuss the shared dam.");

        Assert.Equal("Kariba", kb.Rounds.Single().City);
    }

    [Fact]
    public void ASmallTownNamedAsATownIsTheMeetingsCity()
    {
        var kb = Read("Zambia and Zimbabwe resume water talks\nOn March 4, 2024, delegations of Zambia and Zimbabwe held talks in the lakeside town of Kariba.");

        Assert.Equal("Kariba", kb.Rounds.Single().City);
    }

    [Fact]
    public void ASmallTownWrittenBareIsNoPlace()
    {
        var kb = Read("Zambia and Zimbabwe resume water talks\nOn March 4, 2024, delegations of Zambia and Zimbabwe held talks on the Kariba dam.");

        Assert.Null(kb.Rounds.Single().City);
    }

    [Fact]
    public void ATownCueBeforeALongerNameReadsNoTown()
    {
        var kb = Read("Zambia and Zimbabwe resume water talks\nOn March 4, 2024, delegations of Zambia and Zimbabwe held talks at Kariba Heights Lodge.");

        Assert.NotEqual("Kariba", kb.Rounds.Single().City);
    }
}
