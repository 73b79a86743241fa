using NegotiationTracker.Extraction.Consolidation;
using NegotiationTracker.Extraction.Tests.Infrastructure;

namespace NegotiationTracker.Extraction.Tests.Generalization;

/// <summary>
/// Articles written for these tests about other talks (Articles/*.txt, expected facts beside them in
/// *.expected.json, also scored by the scorecard): proof that the rules are general, not fitted to the seeds.
/// </summary>
public sealed class UnseenArticleTests
{
    private static KnowledgeBase Read(params string[] prefixes) => KnowledgeBaseBuilder.Build(Corpus.TestArticles(prefixes), Corpus.Lexicon);

    private static string Name(KnowledgeBase kb, string? key) => kb.People.Single(p => p.Key == key).Name;

    [Fact]
    public void ResolvesSaturdayAgainstDatelineInMuscatTalks()
    {
        var kb = Read("01_");
        var round = Assert.Single(kb.Rounds, r => r.Date == new DateOnly(2024, 10, 26));
        Assert.Equal("Muscat", round.City);
        Assert.Equal(["Iran", "United States"], round.Parties.Where(p => p is "Iran" or "United States"));
    }

    [Fact]
    public void ReadsHeadsFromLedByAndHeadedBy()
    {
        var kb = Read("01_");
        var heads = kb.Delegations.Where(d => d.HeadKey is not null).ToDictionary(d => d.Party, d => Name(kb, d.HeadKey));
        Assert.Equal("Daniel Whitcombe", heads["United States"]);
        Assert.Equal("Kazem Nourbakhsh", heads["Iran"]);
    }

    [Fact]
    public void AnalystIsAPersonButInNoDelegation()
    {
        var kb = Read("01_");
        var analyst = Assert.Single(kb.People, p => p.Name == "Leila Farahani");
        Assert.DoesNotContain(kb.Delegations, d => d.Members.Any(m => m.PersonKey == analyst.Key));
    }

    [Fact]
    public void TwoOutletsOnOneGenevaRoundGiveOneRoundAndAHeadConflict()
    {
        var kb = Read("03_", "04_");
        var round = Assert.Single(kb.Rounds, r => r.Date == new DateOnly(2024, 11, 14));
        Assert.Equal("Château de Penthes", kb.Venues.Single(v => v.Key == round.VenueKey).Name);
        Assert.Single(kb.People, p => p.Name.StartsWith("Ararat Mirzo", StringComparison.Ordinal));
        Assert.Contains(kb.Conflicts, c => c.Field == "head" && c.Subject.StartsWith("Azerbaijan", StringComparison.Ordinal));
    }

    [Fact]
    public void NumbersEarlierRoundsFromTheFourthRound()
    {
        var kb = Read("05_");
        var fourth = Assert.Single(kb.Rounds, r => r.Number == 4);
        Assert.Equal(new DateOnly(2024, 6, 9), fourth.Date);
        Assert.Equal("Skylight Hotel", kb.Venues.Single(v => v.Key == fourth.VenueKey).Name);
        Assert.Equal(new DateOnly(2024, 3, 3), kb.Rounds.Single(r => r.Number == 1).Date);
    }

    [Fact]
    public void CapitalSpeaksForItsPartyInDemands()
    {
        var kb = Read("01_");
        Assert.Contains(kb.Demands, d => d.Party == "Iran" && d.Category == "sanctions");
    }

    [Fact]
    public void AddressLineIsNeverAPerson()
    {
        var kb = Read();
        Assert.DoesNotContain(kb.People, p => p.Name.Contains("Rue", StringComparison.Ordinal) || p.Name.Contains("Lausanne", StringComparison.Ordinal));
    }

    [Fact]
    public void ThreeWayTalksMakeEveryHeadedPartyANegotiator()
    {
        var kb = Read("05_");
        var teams = kb.Delegations.ToDictionary(d => d.Party, d => d.Role);
        Assert.Equal("negotiator", teams["Sudan"]);
        Assert.Equal("observer", teams["African Union"]);
    }

    [Fact]
    public void SessionOfAnotherBodyOnAnotherDayIsNoRound()
    {
        var kb = Read("05_");
        Assert.DoesNotContain(kb.Rounds, r => r.Date == new DateOnly(2024, 6, 25));
        Assert.Equal("Cairo", kb.Rounds.Single(r => r.Number == 3).City);
    }

    [Fact]
    public void DayWithoutYearTakesTheYearTheArticleWrites()
    {
        var kb = Read("03_", "04_");
        Assert.Contains(kb.Rounds, r => r.Date == new DateOnly(2024, 5, 10) && r.City == "Almaty");
    }

    [Fact]
    public void DayOfAStatementIsNoMeeting() =>
        Assert.DoesNotContain(Read("03_").Rounds, r => r.Date == new DateOnly(2024, 11, 19));

    [Fact]
    public void RejectingADemandIsNotADemand() =>
        Assert.DoesNotContain(Read("01_").Demands, d => d.Party == "United States" && d.Category == "sanctions");

    [Fact]
    public void MediatorsMinisterJoinsItsTeam()
    {
        var kb = Read("01_");
        var oman = Assert.Single(kb.Delegations, d => d.Party == "Oman");
        Assert.Equal("mediator", oman.Role);
        Assert.Equal("Khalid Al Rawahi", Name(kb, oman.Members[0].PersonKey));
    }

    [Fact]
    public void ApposedTitleWithOfPhraseIsKept()
    {
        var kb = Read("05_");
        var egypt = kb.Delegations.Single(d => d.Party == "Egypt");
        Assert.Equal("Minister of Water Resources and Irrigation", egypt.Members.Single(m => m.IsHead).Title);
    }

    [Fact]
    public void ArmedMovementIsASideAndBrokersAreMediators()
    {
        var kb = Read("06_");
        var second = Assert.Single(kb.Rounds, r => r.Number == 2);
        Assert.Equal(new DateOnly(2024, 11, 5), second.Date);
        Assert.Contains("Rapid Support Forces", second.Parties);
        Assert.Equal("mediator", kb.Delegations.Single(d => d.RoundKey == second.Key && d.Party == "Saudi Arabia").Role);
        Assert.Equal("United States", kb.People.Single(p => p.Name == "Mark Dillard").Party);
    }

    [Fact]
    public void ResolvesResumedOnMondayBackwardsAndLastMetIntoLastYear()
    {
        var kb = Read("07_");
        Assert.Contains(kb.Rounds, r => r.Date == new DateOnly(2025, 1, 13) && r.City == "Doha");
        Assert.Contains(kb.Rounds, r => r.Date == new DateOnly(2024, 12, 19) && r.City == "Cairo");
        Assert.DoesNotContain(kb.Rounds, r => r.Date == new DateOnly(2025, 1, 16));
    }

    [Fact]
    public void NameWithLowercaseParticleIsAPerson()
    {
        var kb = Read("07_");
        var hamas = kb.Delegations.Single(d => d.Party == "Hamas" && d.HeadKey is not null);
        Assert.Equal("Mahmoud al-Rashidi", Name(kb, hamas.HeadKey));
    }

    [Fact]
    public void DatelineAfterCityNameIsPublicationNotAMeeting()
    {
        var kb = Read("08_");
        var fifth = Assert.Single(kb.Rounds, r => r.Number == 5);
        Assert.Equal(new DateOnly(2024, 3, 11), fifth.Date);
        Assert.DoesNotContain(kb.Rounds, r => r.Date == new DateOnly(2024, 3, 12));
    }
}
