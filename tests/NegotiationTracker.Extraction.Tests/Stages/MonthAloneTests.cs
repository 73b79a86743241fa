using NegotiationTracker.Extraction.Tests.Infrastructure;

namespace NegotiationTracker.Extraction.Tests.Stages;

/// <summary>
/// "The two sides held two rounds of talks in Lisbon in May" in a report that gives no year: the month is all a reader
/// knows, so the meeting is kept undated with its month's words; it is one the report recalls, never its main meeting.
/// </summary>
public sealed class MonthAloneTests
{
    private const string Report = "Talks resume in Madrid\nMADRID, July 15 (Agency) – Under Swiss mediation, the government of Colombia and the ELN held two rounds of talks in Lisbon in May. "
        + "The new round opened in Madrid on July 8, the Colombian delegation said.";

    [Fact]
    public void APastMeetingInAMonthOfNoKnownYearIsKeptUndated()
    {
        var kb = KnowledgeBaseBuilder.Build([Corpus.Text("m.txt", Report)], Corpus.Lexicon);

        var lisbon = Assert.Single(kb.Rounds, r => r.City == "Lisbon");
        Assert.Null(lisbon.Date);
        Assert.Equal("in May", lisbon.DateText);
    }

    [Fact]
    public void AMeetingWithADayLeadsOneKnownOnlyByItsMonth()
    {
        var kb = KnowledgeBaseBuilder.Build([Corpus.Text("m.txt", Report)], Corpus.Lexicon);

        Assert.Equal("Madrid", kb.Rounds[0].City);
    }

    [Fact]
    public void ThisMonthIsAMonthOfTheDatelinesYear()
    {
        var kb = Corpus.Read("December 21, 2020\n\nSudan, Ethiopia agree to resume border talks\n\nSudan and Ethiopia have agreed that meetings of the joint border committee "
            + "will resume on Tuesday.\n\nThe committee last met this May, in Addis Ababa, the Ethiopian capital.");

        var round = Assert.Single(kb.Rounds, r => r.City == "Addis Ababa");
        Assert.Equal("this May", round.DateText);
        Assert.Equal(new DateOnly(2020, 5, 1), round.Date);
        Assert.Equal("month", round.DatePrecision);
    }
}
