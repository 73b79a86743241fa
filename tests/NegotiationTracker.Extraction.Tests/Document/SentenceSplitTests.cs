using NegotiationTracker.Extraction.Text;

namespace NegotiationTracker.Extraction.Tests.Document;

/// <summary>Where sentences end: not after an honorific or a retired rank that more of a name follows.</summary>
public sealed class SentenceSplitTests
{
    [Theory]
    [InlineData("The statement was signed by James Marape, Prime Minister of Papua New Guinea and Hon. Ishmael Toroama, President of Bougainville.")]
    [InlineData("It was co-chaired by H.E. General (Ret.) Nattaphon Narkphanit and H.E. General Tea Seiha.")]
    [InlineData("Present were Rev. John Smith and Brig. Ivan Petrov of the monitoring team.")]
    [InlineData("From August 23 to 25 Mt. Kumgang hosted the sixth round of Red Cross talks.")]
    public void AnHonorificARetiredRankOrAPlacesShortWordEndsNoSentence(string text) =>
        Assert.Single(SentenceSplitter.Split(text));

    [Fact]
    public void ASentenceStillEndsBeforeTheNext()
    {
        var sentences = SentenceSplitter.Split("The talks ended on Monday. The delegations flew home.");

        Assert.Equal(2, sentences.Count);
    }

    [Fact]
    public void AFootAbbreviationInLowerCaseStillEndsASentence() =>
        Assert.Equal(2, SentenceSplitter.Split("The camp lies at 8,000 ft. Delegates met there on Monday.").Count);
}
