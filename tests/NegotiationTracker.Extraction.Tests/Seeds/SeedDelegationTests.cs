using NegotiationTracker.Extraction.Consolidation;
using NegotiationTracker.Extraction.Tests.Infrastructure;

namespace NegotiationTracker.Extraction.Tests.Seeds;

public sealed class SeedDelegationTests
{
    private static readonly KnowledgeBase Kb = Corpus.SeedKnowledgeBase;

    private static KbDelegation Team(int round, string party) =>
        Kb.Delegations.Single(d => d.RoundKey == Kb.Rounds.Single(r => r.Number == round).Key && d.Party == party);

    private static string Name(string? key) => Kb.People.Single(p => p.Key == key).Name;

    [Fact]
    public void RoundOneHeadsAreUmerovAndMedinsky()
    {
        Assert.Equal("Rustem Umerov", Name(Team(1, "Ukraine").HeadKey));
        Assert.Equal("Vladimir Medinsky", Name(Team(1, "Russia").HeadKey));
    }

    [Fact]
    public void AnOfficialOfAnotherPartyIsNoMemberOfTheTeamSpokenOfBefore()
    {
        // "U.S. figures, including Secretary of State Marco Rubio…, are also engaged in Turkey" follows a sentence about Russia's team.
        Assert.DoesNotContain(Team(1, "Russia").Members, m => Name(m.PersonKey) == "Marco Rubio");
    }

    [Fact]
    public void RoundOneHasTurkishMediatorAndAmericanObserver()
    {
        Assert.Equal("mediator", Team(1, "Türkiye").Role);
        Assert.Contains(Team(1, "Türkiye").Members, m => Name(m.PersonKey) == "Hakan Fidan");
        Assert.Contains(Team(1, "United States").Members, m => Name(m.PersonKey) == "Marco Rubio");
    }

    [Fact]
    public void ReportsYermakAsConflictingHeadOfUkraine()
    {
        var conflict = Assert.Single(Kb.Conflicts, c => c.Field == "head");
        Assert.Equal(["Rustem Umerov", "Andrij Yermak"], conflict.Claims.Select(c => c.Value));
        Assert.All(conflict.Claims, c => Assert.NotEmpty(c.Evidence));
    }

    [Fact]
    public void RoundThreeRussianTeamHasEveryMemberWithTitle()
    {
        var team = Team(3, "Russia");
        Assert.Equal("Vladimir Medinsky", Name(team.HeadKey));
        var titles = team.Members.ToDictionary(m => Name(m.PersonKey), m => m.Title);
        Assert.Equal("Deputy Foreign Minister", titles["Mikhail Galuzin"]);
        Assert.Equal("Deputy Defense Minister", titles["Aleksandr Fomin"]);
        Assert.Contains("GRU", titles["Igor Kostyukov"], StringComparison.Ordinal);
    }

    [Fact]
    public void RoundThreeUkraineHeadIsSecurityCouncilSecretary()
    {
        var team = Team(3, "Ukraine");
        Assert.Equal("Rustem Umerov", Name(team.HeadKey));
        Assert.Equal("Security Council Secretary", team.Members.Single(m => m.IsHead).Title);
    }

    [Fact]
    public void RoundThreeTurkishSideHasFidanKalinAndGurak() =>
        Assert.Equal(new HashSet<string> { "Hakan Fidan", "İbrahim Kalın", "Metin Gürak" }, Team(3, "Türkiye").Members.Select(m => Name(m.PersonKey)).ToHashSet());

    [Fact]
    public void KeepsUmerovsTitlesPerClaim()
    {
        var umerov = Kb.People.Single(p => p.Name == "Rustem Umerov");
        Assert.Contains(umerov.Titles, t => t.Title is "Defence Minister" or "Defense Minister");
        Assert.Contains(umerov.Titles, t => t.Title == "Security Council Secretary");
    }

    [Fact]
    public void NoAddressOrTitleBecomesAPerson()
    {
        Assert.DoesNotContain(Kb.People, p => p.Name.Contains("Greco", StringComparison.Ordinal) || p.Name.Contains("Envoy", StringComparison.Ordinal) || p.Name.Contains("House", StringComparison.Ordinal));
        Assert.All(Kb.People, p => Assert.InRange(p.Name.Split(' ').Length, 2, 4));
    }
}
