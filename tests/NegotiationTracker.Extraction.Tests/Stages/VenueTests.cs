using NegotiationTracker.Extraction.Tests.Infrastructure;

namespace NegotiationTracker.Extraction.Tests.Stages;

/// <summary>Venues as reports write them: a name before a lowercase venue noun, without whose venue it is.</summary>
public sealed class VenueTests
{
    private static string? VenueOf(string text)
    {
        var kb = KnowledgeBaseBuilder.Build([Corpus.Text("v.txt", text)], Corpus.Lexicon);
        return kb.Rounds.Single().VenueKey is { } key ? kb.Venues.Single(v => v.Key == key).Name : null;
    }

    [Fact]
    public void ANameBeforeALowercaseVenueNounIsTheVenueWithoutItsOwner()
    {
        var venue = VenueOf("US-Ukraine talks\nThe United States and Ukraine held talks on November 30, 2025 at the envoy's Shell Bay golf club in Florida.");

        Assert.Equal("Shell Bay golf club", venue);
    }

    [Fact]
    public void AnOfficeNamedAfterItsOwnerIsTheVenue()
    {
        var venue = VenueOf("Russia-Ukraine talks\nRussia and Ukraine met on May 16, 2025 in the Turkish Presidency's Dolmabahce working office in Istanbul.");

        Assert.Equal("Dolmabahce working office", venue);
    }

    [Fact]
    public void ALowercaseVenueNounWithNoNameIsNoVenue()
    {
        var venue = VenueOf("Russia-Ukraine talks\nRussia and Ukraine met on May 16, 2025 at a hotel in Istanbul.");

        Assert.Null(venue);
    }
}
