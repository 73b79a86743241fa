using NegotiationTracker.Extraction.Tests.Infrastructure;

namespace NegotiationTracker.Extraction.Tests.Stages;

/// <summary>"A red line" names what a party holds to: its own ("Serbia's red line") or the one named after "for".</summary>
public sealed class DemandRedLineTests
{
    private const string Opening = "Talks\nSerbia and Kosovo held talks in Brussels on 3 March 2025. ";

    [Theory]
    [InlineData("Serbia's red line remains any change to the border regions in the north.", "Serbia")]
    [InlineData("The one red line for Kosovo is its territorial integrity, officials said.", "Kosovo")]
    public void ARedLineIsTheHoldingPartysDemand(string sentence, string party)
    {
        var kb = KnowledgeBaseBuilder.Build([Corpus.Text("d.txt", Opening + sentence)], Corpus.Lexicon);

        Assert.Contains(kb.Demands, d => d.Party == party && d.Category == "territory");
    }
}
