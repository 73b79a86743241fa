using NegotiationTracker.Extraction.Tests.Infrastructure;

namespace NegotiationTracker.Extraction.Tests.Stages;

/// <summary>A quotation that opens a sentence is spoken by whoever is named after its closing quote.</summary>
public sealed class DemandQuotedSpeakerTests
{
    private const string Opening = "Israel-Hamas talks\nIsrael and Hamas met in Cairo on 3 March 2025. ";

    private static IReadOnlyList<NegotiationTracker.Extraction.Consolidation.KbDemand> DemandsIn(string sentence) =>
        [.. KnowledgeBaseBuilder.Build([Corpus.Text("d.txt", Opening + sentence)], Corpus.Lexicon).Demands];

    [Theory]
    [InlineData("“We want the shelling to end and a lasting truce to hold,” a Hamas official said on Monday.")]
    [InlineData("\"Our hope is that a truce can be agreed before the holidays,\" Hamas said in a statement.")]
    public void ACueInsideAnOpeningQuotationIsTheSpeakersAfterIt(string sentence)
    {
        Assert.Contains(DemandsIn(sentence), d => d.Party == "Hamas" && d.Category == "ceasefire");
    }

    [Fact]
    public void ASpeakerFarBehindTheQuotationIsNoSpeakerOfIt()
    {
        var demands = DemandsIn("“We want a truce,” one official said, speaking on condition of anonymity about the talks in which Hamas took part.");

        Assert.DoesNotContain(demands, d => d.Party == "Hamas");
    }
}
