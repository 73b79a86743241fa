using NegotiationTracker.Extraction.Tests.Infrastructure;

namespace NegotiationTracker.Extraction.Tests.Stages;

/// <summary>
/// "chief ELN peace negotiator X": words may stand between "chief" and "negotiator", and a party written
/// among them is the side the negotiator heads.
/// </summary>
public sealed class ChiefNegotiatorTests
{
    [Fact]
    public void AChiefNegotiatorWithWordsBetweenHeadsThePartyNamedThere()
    {
        var kb = Corpus.Read("Talks in Caracas\nColombia and the ELN opened talks in Caracas on 3 March 2024. "
            + "Norwegian envoy Dag Halvorsen and his aide, Lise Brekke, met chief ELN peace negotiator Pablo Arcila at his hotel.");

        var eln = Assert.Single(kb.Delegations, d => d.Party == "ELN");
        Assert.Equal("Pablo Arcila", Corpus.NameOf(kb, eln.HeadKey));
    }
}
