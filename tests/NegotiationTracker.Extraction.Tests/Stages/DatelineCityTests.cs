using NegotiationTracker.Extraction.Tests.Infrastructure;

namespace NegotiationTracker.Extraction.Tests.Stages;

/// <summary>
/// A report that places no meeting in any city speaks from its dateline: a meeting of that day or the day before, or an
/// undated one, was held in the dateline's city. An outlet named for a city ("HAVANA TIMES –") is no dateline, and a
/// report that names a meeting city keeps it.
/// </summary>
public sealed class DatelineCityTests
{

    [Fact]
    public void AMeetingOfTheDayBeforeWithNoCityIsInTheDatelinesCity()
    {
        var kb = Corpus.Read("League talks\nTORONTO, 29 May 2014 (CP) — The league and the union are back at the table.\n"
            + "On Wednesday the CFL and the CFL Players' Association held talks for 12 hours at an airport hotel.");

        Assert.Equal("Toronto", Assert.Single(kb.Rounds).City);
    }

    [Fact]
    public void AFirstLineOpeningOnItsCityIsTheDateline()
    {
        var kb = Corpus.Read("Brussels – Yesterday evening, at the hotel housing the Canadian delegation, we met Canada's chief negotiator.\n"
            + "He walked us through the fourth round of talks between Canada and the EU.");

        Assert.Equal("Brussels", Assert.Single(kb.Rounds).City);
    }

    [Fact]
    public void AnOutletNamedForACityIsNoDateline()
    {
        var kb = Corpus.Read("League talks\nHAVANA TIMES – On 29 May 2014 the CFL and the CFL Players' Association held talks for 12 hours at an airport hotel.");

        Assert.Null(Assert.Single(kb.Rounds).City);
    }

    [Fact]
    public void AMeetingCityTheReportNamesBeatsTheDateline()
    {
        var kb = Corpus.Read("League talks\nTORONTO, 29 May 2014 (CP) — On Wednesday the CFL and the CFL Players' Association held talks for 12 hours in Ottawa.");

        Assert.Equal("Ottawa", Assert.Single(kb.Rounds).City);
    }

    [Fact]
    public void ADatelineCityAfterASavedPagesStampPlacesTheMeetings()
    {
        var kb = Corpus.Read("Partnership to grow\n date 2024-04-26 ASTANA — Ties between the ministries of Kazakhstan and China are to be widened. "
            + "So it was said when the foreign minister of Kazakhstan met the vice minister of China on April 25.\n\n"
            + "At the Kazakh-Chinese inter-ministerial consultation on April 26, the sides took up political cooperation.");

        Assert.Contains(kb.Rounds, r => r.Date == new DateOnly(2024, 4, 25) && r.City == "Astana");
        Assert.Contains(kb.Rounds, r => r.Date == new DateOnly(2024, 4, 26) && r.City == "Astana");
    }

    [Fact]
    public void AMeetingTheDatelinesSentenceDatesIsInTheDatelinesCityThoughAnotherEventIsPlacedElsewhere()
    {
        var kb = Corpus.Read("Leader upbeat after talks\n\nMay 18, 1990|By Vincent Schodolski, Chicago Tribune.\n\n"
            + "MOSCOW — Thursday's meeting of two hours between the leaders of the Soviet Union and Lithuania was the most important move yet.\n\n"
            + "With the superpower summit in Washington just two weeks off, the Kremlin meeting calmed things.");

        Assert.Equal("Moscow", Assert.Single(kb.Rounds, r => r.Date == new DateOnly(1990, 5, 17)).City);
    }
}
