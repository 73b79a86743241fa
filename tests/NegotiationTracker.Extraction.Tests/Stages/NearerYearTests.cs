using NegotiationTracker.Extraction.Tests.Infrastructure;

namespace NegotiationTracker.Extraction.Tests.Stages;

/// <summary>
/// A yearless day in a sentence that tells no tense and no future lies on the side of the dateline nearer to it:
/// "got under way on December 2" in a May report is last December; seven months ahead would be farther.
/// </summary>
public sealed class NearerYearTests
{
    private static List<DateOnly?> Days(string text) =>
        [.. KnowledgeBaseBuilder.Build([Corpus.Text("y.txt", text)], Corpus.Lexicon).Rounds.Select(r => r.Date)];

    [Fact]
    public void AYearlessDayMoreThanHalfAYearAheadIsLastYears()
    {
        var days = Days("Talks go on\nPublished: 12 May 2016\nThe talks between Colombia and the ELN got under way in Lisbon on December 2 and are now in their fourth month.");

        Assert.Contains(new DateOnly(2015, 12, 2), days);
    }

    [Fact]
    public void AYearlessDayAheadInAFutureSentenceStaysAhead()
    {
        var days = Days("Talks go on\nPublished: 12 May 2016\nThe government and the rebels met in Lisbon on Monday, and the talks will resume in Oslo on December 2.");

        Assert.DoesNotContain(new DateOnly(2015, 12, 2), days);
    }

    [Fact]
    public void APreviousMeetingsYearlessDayIsBeforeTheReport()
    {
        var days = Days("Talks go on\nWednesday, 21 November 2018\nThe foreign ministers of Greece and North Macedonia met in Vienna on Monday. "
            + "At the previous meeting, in New York on January 17, the envoy put forward a set of ideas.");

        Assert.Contains(new DateOnly(2018, 1, 17), days);
        Assert.DoesNotContain(new DateOnly(2019, 1, 17), days);
    }
}
