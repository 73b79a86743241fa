using NegotiationTracker.Extraction.Tests.Infrastructure;

namespace NegotiationTracker.Extraction.Tests.Stages;

/// <summary>Which of a sentence's places is its date's: the filing city, a place right after the date, a country placed before it, the headline's place for a meeting dated nowhere, never a later numbered meeting's city.</summary>
public sealed class MeetingPlaceOrderTests
{
    private static NegotiationTracker.Extraction.Consolidation.KnowledgeBase Read(string text) => KnowledgeBaseBuilder.Build([Corpus.Text("c.txt", text)], Corpus.Lexicon);

    [Fact]
    public void TheFilingCityYieldsToThePlaceTheSentenceNames()
    {
        var kb = Read("Truce talks open\nCAIRO, March 3, 2025 (Reuters) -- Negotiators for Israel and Hamas began talks on March 3, 2025 in the resort of Sharm el-Sheikh, officials said.");

        Assert.Equal("Sharm el-Sheikh", kb.Rounds.Single().City);
    }

    [Fact]
    public void TheFilingCityIsTheMeetingsWhenTheSentenceNamesNoOther()
    {
        var kb = Read("Truce agreed\nDOHA, May 5, 2025 (Reuters) -- After talks on May 4, 2025, the Israeli and Hamas delegations agreed to a truce from midnight.");

        Assert.Equal("Doha", kb.Rounds.Single().City);
    }

    [Fact]
    public void APlaceRightAfterItsDateIsThatDatesPlace()
    {
        var kb = Read("Belgrade and Pristina talk\nAfter long talks in Ohrid, the envoys recalled the meeting held on February 27, 2023 in Brussels.");

        Assert.Equal("Brussels", kb.Rounds.Single(r => r.Date == new DateOnly(2023, 2, 27)).City);
    }

    [Fact]
    public void ACountryPlacedBeforeTheDatesKeepsALaterCityOffThem()
    {
        var kb = Read("Russia-Ukraine talks\nThe delegations held three meetings in Belarus on February 28, 2022, March 3, 2022 and March 7, 2022, and the foreign ministers are to meet in Antalya, Turkey.");

        Assert.DoesNotContain(kb.Rounds, r => r.City == "Antalya");
    }

    [Fact]
    public void AMeetingDatedNowhereIsWhereTheHeadlinePlacesIt()
    {
        var kb = Read("Prisoner talks open in Geneva\nYemen and the Houthis reached a deal at talks in Stockholm in December 2018. This seventh round of talks between Yemen and the Houthis on prisoners comes a year after the last exchange.");

        Assert.Equal("Geneva", kb.Rounds.Single(r => r.Number == 7).City);
    }

    [Fact]
    public void ALaterNumberedMeetingsCityIsNotThisMeetingsPlace()
    {
        var kb = Read("Border commission meets\nThe deputy prime ministers of Armenia and Azerbaijan held their first meeting on May 24, 2022 at the border. They settled on a second meeting in Moscow and a third meeting in Brussels.");

        Assert.DoesNotContain(kb.Rounds, r => r.Date == new DateOnly(2022, 5, 24) && r.City == "Moscow");
    }
}
