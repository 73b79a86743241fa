using NegotiationTracker.Extraction.Tests.Infrastructure;

namespace NegotiationTracker.Extraction.Tests.Stages;

/// <summary>
/// A yearless wire dateline ("NAIROBI, 20 March (IRIN) –") that would fall before the latest day the report tells of as past
/// is in the year after it; a day still ahead ("will resume on 4 April 2003") moves nothing.
/// </summary>
public sealed class RecountedDayYearTests
{
    private static List<DateOnly?> Days(string text) =>
        [.. Corpus.Read(text).Rounds.Select(r => r.Date).Order()];

    [Fact]
    public void ADatelineBeforeTheLatestRecountedDayIsInTheNextYear()
    {
        var days = Days("Facilitator tours the region\nNAIROBI, 20 March (IRIN) - The facilitator of the Burundi talks met President Pierre Buyoya in Bujumbura on 18 March.\n"
            + "The first stage of the mediation ended on 17 December 2002, when the parties signed a ceasefire.");

        Assert.Contains(new DateOnly(2003, 3, 18), days);
    }

    [Fact]
    public void ADayStillAheadMovesNoYear()
    {
        var days = Days("Facilitator tours the region\nNAIROBI, 20 March (IRIN) - The facilitator of the Burundi talks met President Pierre Buyoya in Bujumbura on 18 March.\n"
            + "The parties will sign the ceasefire at the next session, which will open on 4 April 2003.");

        Assert.DoesNotContain(new DateOnly(2004, 3, 18), days);
        Assert.Contains(new DateOnly(2003, 3, 18), days);
    }
}
