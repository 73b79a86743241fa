using NegotiationTracker.Extraction.Tests.Infrastructure;

namespace NegotiationTracker.Extraction.Tests.Stages;

/// <summary>Venues described by their owner rather than named: "the residence of X's ambassador"; the bare noun is none.</summary>
public sealed class DescribedVenueTests
{
    private static string? VenueOf(string text)
    {
        var kb = KnowledgeBaseBuilder.Build([Corpus.Text("v.txt", text)], Corpus.Lexicon);
        return kb.Rounds.Single().VenueKey is { } key ? kb.Venues.Single(v => v.Key == key).Name : null;
    }

    [Fact]
    public void AVenueNounOfItsOwnerIsTheVenue()
    {
        var venue = VenueOf("US-China talks\nThe United States and China held talks on May 10, 2025 at the residence of Norway's ambassador in Geneva.");

        Assert.Equal("residence of Norway's ambassador", venue);
    }

    [Fact]
    public void ABareVenueNounIsNoVenue()
    {
        var venue = VenueOf("US-China talks\nThe United States and China held talks on May 10, 2025 at the hotel in Geneva.");

        Assert.Null(venue);
    }
}
