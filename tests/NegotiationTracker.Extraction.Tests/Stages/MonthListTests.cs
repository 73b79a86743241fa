using NegotiationTracker.Extraction.Tests.Infrastructure;

namespace NegotiationTracker.Extraction.Tests.Stages;

/// <summary>
/// "Cairo hosted the first meeting in November 2014, Nicosia the second in April 2015 and Athens the third in December
/// 2015": a sentence recalling several meetings, each by its month in a city of its own, is one meeting per month with its
/// own city and ordinal; months after "since" are reference points, no list of meetings.
/// </summary>
public sealed class MonthListTests
{
    private static NegotiationTracker.Extraction.Consolidation.KnowledgeBase Read(string body) =>
        KnowledgeBaseBuilder.Build([Corpus.Text("l.txt", $"Summit ahead\nPublished: 18 November 2017\n{body}")], Corpus.Lexicon);

    [Fact]
    public void EachRecalledMonthIsAMeetingInItsOwnCity()
    {
        var kb = Read("The leaders of Egypt, Cyprus and Greece will meet again. Cairo hosted the first meeting in November 2014, "
            + "Nicosia the second in April 2015 and Athens the third in December 2015.");

        Assert.Contains(kb.Rounds, r => r.City == "Cairo" && r.Number == 1 && r.Date == new DateOnly(2014, 11, 1));
        Assert.Contains(kb.Rounds, r => r.City == "Nicosia" && r.Number == 2 && r.Date == new DateOnly(2015, 4, 1));
        Assert.Contains(kb.Rounds, r => r.City == "Athens" && r.Number == 3 && r.Date == new DateOnly(2015, 12, 1));
    }

    [Fact]
    public void MonthsAfterSinceMakeNoList()
    {
        var kb = Read("Angola and Germany carried forward the talks held since the President of Angola went to Berlin in August 2018, "
            + "and since Luanda was visited in July 2019 by the Chancellor of Germany.");

        Assert.DoesNotContain(kb.Rounds, r => r.City == "Luanda");
    }

    [Fact]
    public void AMonthSomethingWasSignedInIsNoMeeting()
    {
        var kb = Read("The ministers of the GCC and Russia met in Riyadh on Monday. Their dialogue was set up by a memorandum that was signed in November 2011 in Abu Dhabi, as the meeting recalled.");

        Assert.DoesNotContain(kb.Rounds, r => r.City == "Abu Dhabi");
    }

    [Fact]
    public void ACityOfAMeetingRecalledByItsMonthIsNotTheReportsMeetingCity()
    {
        var kb = Read("The GCC and Russia want to implement faster the plan agreed when the ministers last met, in Moscow in July 2017. "
            + "He said so at the seventh joint ministerial meeting of the GCC and Russia on Monday.");

        Assert.Contains(kb.Rounds, r => r.City == "Moscow" && r.DatePrecision == "month");
        Assert.DoesNotContain(kb.Rounds, r => r.City == "Moscow" && r.DatePrecision == "day");
    }
}
