using NegotiationTracker.Extraction.Tests.Infrastructure;

namespace NegotiationTracker.Extraction.Tests.Stages;

/// <summary>
/// "The government" written together with a movement is the state's side of talks inside one country: the state the
/// report names most, even as a place. A capital before "government" names that state's side, and a country after a
/// place word is never the agent of "host".
/// </summary>
public sealed class GovernmentSideTests
{
    [Fact]
    public void TheGovernmentAndAMovementInAppositionAreTheTwoSides()
    {
        var kb = Corpus.Read("Peace talks begin\nZIGUINCHOR, December 16, 2000 — The Catholic church in Senegal played host on Saturday to peace talks between the government "
            + "and the Casamance separatist group, the Casamance Movement of Democratic Forces (MFDC). Neighbouring Gambia and Guinea Bissau also sent delegations.");

        var round = Assert.Single(kb.Rounds);
        Assert.Equal(["Casamance Movement of Democratic Forces", "Senegal"], round.Parties);
    }

    [Fact]
    public void AnAcronymWrittenWithTheGovernmentIsAMovementSide()
    {
        var kb = Corpus.Read("Talks at Groote Schuur\nIn South Africa, the ANC and the government opened their first formal meeting on 2 May 1990 at Groote Schuur "
            + "in Cape Town. The ANC heard what sanctions meant for South Africa's economy.");

        var round = Assert.Single(kb.Rounds);
        Assert.Equal(["ANC", "South Africa"], round.Parties);
    }

    [Fact]
    public void AGovernmentsBracketedAcronymStillJoinsTheTwoSidesTheLeadNamesFirst()
    {
        var kb = Corpus.Read("Talks under way\nOSLO, Norway – The Philippine government (GPH) and the National Democratic Front (NDF), political arm of the "
            + "Communist Party of the Philippines (CPP) and New People's Army (NPA), began talks on 22 August 2016.");

        Assert.Equal(["National Democratic Front", "Philippines"], Assert.Single(kb.Rounds).Parties);
    }

    [Fact]
    public void AnAcronymElsewhereNamesNoSide()
    {
        var kb = Corpus.Read("Talks at Groote Schuur\nIn South Africa, the two delegations opened their first formal meeting on 2 May 1990 in Cape Town, "
            + "the SABC reported. The NIS and the police were not present.");

        Assert.DoesNotContain(kb.Parties, p => p.Name is "SABC" or "NIS");
    }

    [Fact]
    public void ACapitalBeforeGovernmentNamesTheStatesSide()
    {
        var kb = Corpus.Read("Mali talks open\nALGIERS, July 16, 2014 — The Bamako government and the Tuareg rebels of the Azawad Liberation Movement (MLA) "
            + "opened talks in Algiers on Wednesday.");

        var round = Assert.Single(kb.Rounds);
        Assert.Contains("Mali", round.Parties);
        Assert.DoesNotContain("Algeria", round.Parties);
    }
}
