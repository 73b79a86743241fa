using NegotiationTracker.Extraction.Tests.Infrastructure;

namespace NegotiationTracker.Extraction.Tests.Seeds;

public sealed class SeedDemandTests
{
    private static HashSet<string> CategoriesOf(string party) =>
        Corpus.SeedKnowledgeBase.Demands.Where(d => d.Party == party).Select(d => d.Category).ToHashSet();

    [Fact]
    public void UkraineDemandsCeasefireLeadersMeetingHumanitarianAndPrisonerExchange() =>
        Assert.Superset(new HashSet<string> { "ceasefire", "leaders-meeting", "humanitarian", "prisoner-exchange" }, CategoriesOf("Ukraine"));

    [Fact]
    public void RussiaDemandsNeutralityReducedMilitaryNoNatoAndTerritory() =>
        Assert.Superset(new HashSet<string> { "neutrality", "demilitarization", "nato", "territory" }, CategoriesOf("Russia"));

    [Fact]
    public void ReturnOfChildrenAndReleaseOfCiviliansAreSeparateDemands()
    {
        var humanitarian = Corpus.SeedKnowledgeBase.Demands.Where(d => d.Party == "Ukraine" && d.Category == "humanitarian").ToList();
        Assert.Contains(humanitarian, d => d.Text.Contains("children", StringComparison.Ordinal));
        Assert.Contains(humanitarian, d => d.Text.Contains("civilians", StringComparison.Ordinal));
    }

    [Fact]
    public void SideThatRejectsADemandIsNotGivenIt() =>
        Assert.DoesNotContain(Corpus.SeedKnowledgeBase.Demands, d => d.Party == "Ukraine" && d.Category is "neutrality" or "nato");
}
