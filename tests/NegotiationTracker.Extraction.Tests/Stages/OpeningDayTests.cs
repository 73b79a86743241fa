using NegotiationTracker.Extraction.Tests.Infrastructure;

namespace NegotiationTracker.Extraction.Tests.Stages;

/// <summary>
/// A day that opens its sentence ("Over the weekend X …", "On Wednesday a delegation …") belongs to the clause's verb,
/// however long its subject: an arrival or a decision there makes the day another event's; an aside in commas does not.
/// </summary>
public sealed class OpeningDayTests
{
    [Fact]
    public void ADecisionToOpenTalksOnTheOpeningDayIsNoMeeting()
    {
        var kb = Corpus.Read("Coalition talks\nTALLINN, 13 June 2022 – Reform, Isamaa and the Social Democratic Party began negotiations on Monday. "
            + "Over the weekend Isamaa, after deliberating for a week, agreed to open coalition negotiations with Reform and the Social Democratic Party.\n");

        Assert.DoesNotContain(kb.Rounds, r => r.Date == new DateOnly(2022, 6, 11));
    }

    [Fact]
    public void AnArrivalOnTheOpeningDayIsNoMeeting()
    {
        var kb = Corpus.Read("Delegation in Damascus\nDAMASCUS, 10 July 2025 – On Wednesday a delegation of the Syrian Democratic Forces and officials of the French embassy "
            + "reached Damascus to hold a meeting with the government.\n");

        Assert.DoesNotContain(kb.Rounds, r => r.Date == new DateOnly(2025, 7, 9));
    }

    [Fact]
    public void AnAsideInCommasLeavesTheOpeningDayToTheMeeting()
    {
        var kb = Corpus.Read("Leaders meet\nNAIROBI, September 25, 2019 – Kenya and Somalia agreed to normalise relations. "
            + "On Tuesday night in New York, on the sidelines of the United Nations General Assembly, President Uhuru Kenyatta and Somali President Mohamed Farmajo met.\n");

        Assert.Contains(kb.Rounds, r => r.Date == new DateOnly(2019, 9, 24));
    }
}
