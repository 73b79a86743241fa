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

    [Fact]
    public void ASeatOfPowerWrittenAsAPlaceIsTheVenue()
    {
        var venue = VenueOf("Talks in Moscow\nThe Russian and Armenian delegations met on May 16, 2025 at the Kremlin in Moscow.");

        Assert.Equal("Kremlin", venue);
    }

    [Fact]
    public void AnEmbassyNamedByItsCountryIsTheVenue()
    {
        var venue = VenueOf("Talks in Ankara\nThe Russian and Ukrainian delegations met on May 16, 2025 at the Russian Embassy in Ankara.");

        Assert.Equal("Russian Embassy", venue);
    }

    [Fact]
    public void AVenueThatAHostPhraseFollowsOverItsTownIsTheVenue()
    {
        var venue = VenueOf("Talks in Geneva\nRussia and Ukraine held talks on May 16, 2025. The Lakeside Palace in Geneva, Switzerland was the venue of the talks.");

        Assert.Equal("Lakeside Palace", venue);
    }

    [Theory]
    [InlineData("Up on the hill is the swanky Royal Cliff Hotel — where the latest talks were held.")]
    [InlineData("Up on the hill is the swanky Royal Cliff Hotel, where the latest talks were held.")]
    public void AVenueThatAWhereClauseOfTheTalksFollowsIsTheVenue(string sentence)
    {
        var venue = VenueOf("Talks in Pattaya\nPATTAYA, 26 June 1991 (AP) - Cambodia and Thailand met on Wednesday. " + sentence);

        Assert.Equal("Royal Cliff Hotel", venue);
    }

    [Fact]
    public void ANamedPostOfTheBorderIsTheVenue()
    {
        var venue = VenueOf("Border talks\nIndia and China held talks on September 22, 2020 in the Rivergate meeting hut on the border.");

        Assert.Equal("Rivergate meeting hut", venue);
    }

    [Theory]
    [InlineData("Juba talks\nJUBA, 18 March 2020 - Sudan and South Sudan held talks today at the Palm Africa Hotel in Juba.", "Palm Africa Hotel")]
    [InlineData("Nairobi talks\nNAIROBI, 18 March 2020 - Kenya and Uganda held talks today at the Blue Kenya Hotel in Nairobi.", "Blue Kenya Hotel")]
    public void AContinentOrACountryInsideAHotelsNameIsPartOfIt(string text, string venue) => Assert.Equal(venue, VenueOf(text));
}
