using NegotiationTracker.Extraction.Tests.Infrastructure;

namespace NegotiationTracker.Extraction.Tests.Stages;

/// <summary>Which sentences and dates speak of a meeting: a pronoun standing for it; days of an arrival, an agreement, a thing a date names.</summary>
public sealed class MeetingReferenceTests
{
    private static Extraction.Consolidation.KnowledgeBase Read(string text) => KnowledgeBaseBuilder.Build([Corpus.Text("d.txt", text)], Corpus.Lexicon);

    [Fact]
    public void APronounRightAfterAMeetingSentenceDatesThatMeeting()
    {
        var kb = Read("Border talks still on\nPublished: 14 March 2024\nOfficers of India and China are taking part in the meeting at Chushul.\n\nIt got under way today at around 9 AM and has not ended yet.");

        var round = Assert.Single(kb.Rounds);
        Assert.Equal(new DateOnly(2024, 3, 14), round.Date);
    }

    [Theory]
    [InlineData("Baku hosted on January 25-26, 2017 the 48th session of the Special Working Group of Azerbaijan, Iran and Turkmenistan.", true)]
    [InlineData("Norwegian and Russian negotiators held a negotiating session on 16 October 2019 in Oslo, both sides said.", true)]
    [InlineData("The parliaments of Azerbaijan and Iran opened their winter session on 25 January 2017, both speakers said.", false)]
    [InlineData("The joint commission of Senegal and Congo came back to life at a session held on Thursday 8 November 2018 in Dakar.", true)]
    [InlineData("The fisheries ministers of Senegal and Mauritania had a working session in Saint-Louis on 20 June 2018.", true)]
    [InlineData("The UN Security Council held a two-hour session on Gaza in New York on 23 June 2025, with Israel and Iran speaking.", false)]
    public void AQualifiedSessionIsAMeetingAndAParliamentsIsNot(string sentence, bool meeting)
    {
        var kb = Read($"Talks\n\n{sentence}\n");

        Assert.Equal(meeting, kb.Rounds.Any(r => r.Date is not null));
    }

    [Fact]
    public void APronounAfterASentenceAboutSomethingElseDatesNoMeeting()
    {
        var kb = Read("Border tension grows\nPublished: 14 March 2024\nTroops of India and China stand close to each other near Chushul.\n\nIt began today at around 9 AM.");

        Assert.Empty(kb.Rounds);
    }

    [Fact]
    public void ReachingACityOnADayIsAnArrivalNotAMeeting()
    {
        var kb = Read("Envoy heads to Doha\nPublished: 14 March 2024\nThe envoy of Norway reached Doha on Tuesday for a new round of negotiations between Hamas and Israel.");

        Assert.DoesNotContain(kb.Rounds, r => r.Date == new DateOnly(2024, 3, 12));
    }

    [Theory]
    [InlineData("The union leader told a press conference on Tuesday that the talks with the ministry of Ghana had failed.")]
    [InlineData("Officials of Ghana and the IMF will announce the deal at a news conference on Tuesday after the talks.")]
    public void ADayOfAPressConferenceIsNoMeeting(string sentence)
    {
        var kb = Read($"Talks go on\nPublished: 14 March 2024\n{sentence}");

        Assert.DoesNotContain(kb.Rounds, r => r.Date is not null || r.DateText == "Tuesday");
    }

    [Fact]
    public void ADayAgreementWasReachedOnIsNoMeeting()
    {
        var kb = Read("Talks go on\nPublished: 14 March 2024\nHe said the meeting followed the consensus the two leaders reached on March 5.");

        Assert.DoesNotContain(kb.Rounds, r => r.DateText == "March 5" || r.Date == new DateOnly(2024, 3, 5));
    }

    [Fact]
    public void ADateNamingAnAgreementIsNoMeeting()
    {
        var kb = Read("Talks go on\nPublished: 14 March 2024\nThe Georgian delegation said at the meeting that Russia must carry out the EU-mediated 12 August 2008 Ceasefire Agreement.");

        Assert.DoesNotContain(kb.Rounds, r => r.Date == new DateOnly(2008, 8, 12));
    }

    [Fact]
    public void ADateBeforeAMeetingWordStillDatesTheMeeting()
    {
        var kb = Read("Leaders met\nPublished: 20 May 2024\nThe leaders of Armenia and Azerbaijan held the 14 May talks in Brussels.");

        Assert.Contains(kb.Rounds, r => r.Date == new DateOnly(2024, 5, 14));
    }

    [Fact]
    public void ADaySetOffBeforeALongSubjectBelongsToItsClausesVerb()
    {
        var kb = Read("Envoys in Sanaa\nPublished: 9 April 2023\nAccording to local outlets, today, Sunday, one delegation from Saudi Arabia and a second one from Oman had reached the Yemeni capital to hold talks with the Houthis.");

        Assert.DoesNotContain(kb.Rounds, r => r.Date == new DateOnly(2023, 4, 9));
    }

    [Fact]
    public void ADaySetOffBeforeAMeetingVerbStillDatesTheMeeting()
    {
        var kb = Read("Talks in Doha\nPublished: 9 April 2023\nOn Sunday, the delegations of the Taliban and the United States met in Doha for talks.");

        Assert.Contains(kb.Rounds, r => r.Date == new DateOnly(2023, 4, 9));
    }

    [Fact]
    public void GettingToACityOnADayIsAnArrival()
    {
        var kb = Read("Envoys in Sanaa\nPublished: 9 April 2023\nThe Saudi and Omani delegations, which got to Sanaa late Saturday night, met the Houthi leader.");

        Assert.DoesNotContain(kb.Rounds, r => r.Date == new DateOnly(2023, 4, 8));
    }

    [Theory]
    [InlineData("He recalled that on August 19, when its NEC meeting held in Ibadan ended, the union served the government notice of a strike.")]
    [InlineData("He recalled that on August 19 the union's national executive council met in Ibadan and served the government notice of a strike.")]
    public void AUnionsOwnExecutiveCouncilMeetingIsNoRound(string sentence)
    {
        var kb = Read("Strike talks\nABUJA, August 28, 2024 — The union and the government held talks in Abuja. " + sentence + "\n");

        Assert.DoesNotContain(kb.Rounds, r => r.Date == new DateOnly(2024, 8, 19));
    }
}
