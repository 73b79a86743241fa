using NegotiationTracker.Extraction.Tests.Infrastructure;

namespace NegotiationTracker.Extraction.Tests.Stages;

/// <summary>
/// "last Monday" and "next Monday" are never the report's own day: in a Monday report the first is a week back and the
/// second a week on, and a next weekday has not come yet, so a meeting set for it is planned, no round. Talks "over the
/// weekend" are the weekend just gone, dated by its Saturday.
/// </summary>
public sealed class RelativeWeekdayTests
{

    [Fact]
    public void LastMondayInAMondayReportIsAWeekBack()
    {
        var kb = Corpus.Read("Talks held\nOSLO, 25 April 2022 – The negotiators of Serbia and Kosovo met in Oslo last Monday, officials said.");

        Assert.Contains(kb.Rounds, r => r.Date == new DateOnly(2022, 4, 18));
        Assert.DoesNotContain(kb.Rounds, r => r.Date == new DateOnly(2022, 4, 25));
    }

    [Theory]
    [InlineData("broke down")]
    [InlineData("struck a deal")]
    public void AnIrregularPastVerbDatesAWeekdayBeforeTheReport(string verb)
    {
        var kb = Corpus.Read($"Talks\nJERUSALEM, March 5, 2025 (Reuters) - Talks between Israel and Lebanon in Naqoura {verb} on Sunday, officials said.");

        Assert.Equal(new DateOnly(2025, 3, 2), Assert.Single(kb.Rounds).Date);
    }

    [Fact]
    public void AMeetingNextMondayInAMondayReportIsPlannedNotHeldToday()
    {
        var kb = Corpus.Read("Talks ahead\nOSLO, 25 April 2022 – Serbia and Kosovo held talks in Vienna on Friday. "
            + "Next Monday the negotiators of Serbia and Kosovo will meet again in Oslo.");

        Assert.Contains(kb.Rounds, r => r.City == "Vienna" && r.Date == new DateOnly(2022, 4, 22));
        Assert.DoesNotContain(kb.Rounds, r => r.City == "Oslo");
    }

    [Theory]
    [InlineData("25 April 2022", 2022, 4, 23)]
    [InlineData("24 April 2022", 2022, 4, 23)]
    [InlineData("23 April 2022", 2022, 4, 23)]
    public void TalksOverTheWeekendAreDatedByItsSaturday(string dateline, int year, int month, int day)
    {
        var kb = Corpus.Read($"Talks held\nPARAMARIBO, {dateline} – The border commissions of Guyana and Suriname met. The talks took place in Paramaribo over the weekend.");

        Assert.Contains(kb.Rounds, r => r.Date == new DateOnly(year, month, day));
    }

    [Fact]
    public void AWeekdayInAPastClauseIsTheLastOneThoughALaterClauseLooksAhead()
    {
        var kb = Corpus.Read("Strike talks collapse\nGURGAON, 14 Jun 2011 - On Monday the second round of talks between Maruti Suzuki and the union collapsed, "
            + "though the management said it would keep the dialogue going.");

        Assert.Equal(new DateOnly(2011, 6, 13), Assert.Single(kb.Rounds).Date);
    }

    [Fact]
    public void HowLongTalksLastedIsNoGapFromAnotherMeeting()
    {
        var kb = Corpus.Read("Mediators battle on\nKHARTOUM, August 20, 2003 (AFP) - General Sumbeiywo will meet each side of Sudan's talks with the SPLA separately on Thursday. "
            + "The government and the SPLA spent a week deadlocked in Nanyuki, and on Monday night the mediators put the talks off.");

        Assert.Contains(kb.Rounds, r => r.Date == new DateOnly(2003, 8, 18));
        Assert.DoesNotContain(kb.Rounds, r => r.Date == new DateOnly(2003, 8, 25) || r.Date == new DateOnly(2003, 9, 1));
    }

    [Fact]
    public void AWeekdayWithNextAfterItHasNotComeYet()
    {
        var kb = Corpus.Read("Talks begin\nNicosia, Jan 16, 2002 (CNA) -- The leaders of Greece and Turkey met today. "
            + "\"The leaders of Greece and Turkey have agreed to meet on Mondays and Fridays, beginning Monday next,\" the envoy said.");

        Assert.Contains(kb.Rounds, r => r.Date == new DateOnly(2002, 1, 16));
        Assert.DoesNotContain(kb.Rounds, r => r.Date == new DateOnly(2002, 1, 14));
    }

    [Fact]
    public void AScheduleOfMeetingsAWeekFromAWeekdayIsNoMeeting()
    {
        var kb = Corpus.Read("Talks begin\nNicosia, Jan 16, 2002 (CNA) -- The leaders of Greece and Turkey met today in Nicosia. "
            + "The envoy said the leaders of Greece and Turkey have settled on three meetings a week from Monday.");

        Assert.DoesNotContain(kb.Rounds, r => r.Date == new DateOnly(2002, 1, 14));
    }

    [Fact]
    public void AWeekdayTalksAreToOpenOnIsAheadThoughTheSentenceTellsOfThePast()
    {
        var kb = Corpus.Read("Talks ahead\nBEIJING, Feb. 24, 2004 (Xinhua) -- The vice foreign ministers of China and the United States chaired a meeting, "
            + "which was held behind closed doors to coordinate their efforts in the six-party talks that are to open Wednesday.");

        Assert.DoesNotContain(kb.Rounds, r => r.Date == new DateOnly(2004, 2, 18));
        Assert.Contains(kb.Rounds, r => r.Date == new DateOnly(2004, 2, 25));
    }

    [Fact]
    public void TalksFromMondayToWednesdayOpeningASentenceAreOneMeeting()
    {
        var kb = Corpus.Read("Wage talks\n14 August 2019 - 17:13\nFrom Monday to Wednesday the Automobile Manufacturers Employers Organisation (Ameo) and "
            + "the National Union of Metalworkers of SA (Numsa) held a further round of wage negotiations in Pretoria.");

        Assert.Equal(new DateOnly(2019, 8, 12), Assert.Single(kb.Rounds).Date);
    }

    [Fact]
    public void TalksFromAClockTimeOnOneDayUntilAClockTimeOnTheNextAreOneMeetingUnderASlashedStamp()
    {
        var kb = Corpus.Read("Rail talks break down\n2013/12/27 15:14\nSEOUL, Dec. 27 (Yonhap) -- Talks between KORAIL and the Korean Railway Workers' Union collapsed. "
            + "\"We held talks nonstop from 4 p.m. Thursday until 8 a.m. Friday with the union,\" the president of KORAIL said.");

        Assert.Contains(kb.Rounds, r => r.Date == new DateOnly(2013, 12, 26));
        Assert.DoesNotContain(kb.Rounds, r => r.Date == new DateOnly(2013, 12, 27));
    }
}
