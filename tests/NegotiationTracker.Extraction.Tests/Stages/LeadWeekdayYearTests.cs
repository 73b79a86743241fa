using NegotiationTracker.Extraction.Tests.Infrastructure;

namespace NegotiationTracker.Extraction.Tests.Stages;

/// <summary>
/// A wire dateline with no year ("KATHMANDU, May 26 –") whose lead names a plain weekday dates the report in the first year,
/// from the latest one it recounts, on which the dateline's day is that weekday; without a weekday the recounted year stands.
/// </summary>
public sealed class LeadWeekdayYearTests
{
    private static List<DateOnly?> Days(string text) =>
        [.. Corpus.Read(text).Rounds.Select(r => r.Date).Order()];

    [Fact]
    public void TheLeadsWeekdayPicksTheYearAfterTheRecountedOne()
    {
        var days = Days("Talks start\nKATHMANDU, May 26 – Friday afternoon saw the start of the first round of talks between the government and the Maoists in Kathmandu.\n"
            + "Six years into the insurgency, the first round of talks with the Maoists took place at the Godavari resort on 30th August, 2001.");

        Assert.Contains(new DateOnly(2006, 5, 26), days);
        Assert.Contains(new DateOnly(2001, 8, 30), days);
    }

    [Fact]
    public void WithoutAWeekdayInTheLeadTheRecountedYearStands()
    {
        var days = Days("Talks start\nKATHMANDU, May 26 – The first round of talks between the government and the Maoists started in Kathmandu today.\n"
            + "Six years into the insurgency, the first round of talks with the Maoists took place at the Godavari resort on 30th August, 2001.");

        Assert.DoesNotContain(new DateOnly(2006, 5, 26), days);
    }
}
