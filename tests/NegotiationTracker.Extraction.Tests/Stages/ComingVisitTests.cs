using NegotiationTracker.Extraction.Tests.Infrastructure;

namespace NegotiationTracker.Extraction.Tests.Stages;

/// <summary>
/// "The minister will be in Vienna from June 8 to 13, and talks with … will be held during the visit": the days of a
/// coming stay in a city are a visit's, not a meeting's; the meeting the report tells of keeps its own day. So is the
/// day a team flew or travelled to the talks.
/// </summary>
public sealed class ComingVisitTests
{
    [Fact]
    public void TheDaysOfAComingStayAreNoMeeting()
    {
        var kb = KnowledgeBaseBuilder.Build([Corpus.Text("v.txt",
            "Trade talks move to Vienna\nPublished: 6 June 2026\nThailand and Cambodia held trade talks in Geneva on Monday. "
            + "The ministry said its minister would be in Vienna from June 8 to 13 and that a new meeting with Cambodian officials would take place during the visit.")], Corpus.Lexicon);

        Assert.Contains(kb.Rounds, r => r.City == "Geneva");
        Assert.DoesNotContain(kb.Rounds, r => r.Date == new DateOnly(2026, 6, 8));
    }

    [Fact]
    public void TheDayATeamFlewToTheTalksIsATravelNotAMeeting()
    {
        var kb = KnowledgeBaseBuilder.Build([Corpus.Text("v.txt",
            "Team heads to Lisbon\nPublished: 6 June 2026\nThe Colombian delegation, which negotiates with the ELN, flew from Bogotá to Lisbon on June 4 to resume the talks.")], Corpus.Lexicon);

        Assert.DoesNotContain(kb.Rounds, r => r.Date == new DateOnly(2026, 6, 4));
    }

    [Fact]
    public void AMeetingThatWasToHaveBeenHeldIsNoMeeting()
    {
        var kb = Corpus.Read("Panel on hold\nJune 14, 1997\nA joint committee meeting of Thailand and Vietnam that was to be held today has been put off indefinitely. "
            + "After it, Thailand and Vietnam were to have held a dialogue meeting with China on July 16.");

        Assert.DoesNotContain(kb.Rounds, r => r.Date == new DateOnly(1997, 6, 14));
        Assert.DoesNotContain(kb.Rounds, r => r.Date is { Month: 7, Day: 16 });
    }
}
