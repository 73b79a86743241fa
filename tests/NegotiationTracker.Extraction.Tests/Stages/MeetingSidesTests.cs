using NegotiationTracker.Extraction.Consolidation;
using NegotiationTracker.Extraction.Tests.Infrastructure;

namespace NegotiationTracker.Extraction.Tests.Stages;

/// <summary>The sides of each meeting: the pair its own sentence names, else the pair the whole report is about.</summary>
public sealed class MeetingSidesTests
{
    private static KnowledgeBase Read(string text) => KnowledgeBaseBuilder.Build([Corpus.Text("t.txt", text)], Corpus.Lexicon);

    [Fact]
    public void AMeetingOfAnotherPairKeepsItsOwnSides()
    {
        var kb = Read("Armenia and Azerbaijan to resume talks\nYEREVAN, May 20, 2024 — Armenia and Azerbaijan will resume talks on a peace treaty, "
            + "Armenian and Azerbaijani officials said. Armenia and Azerbaijan have not met since March.\n"
            + "Earlier, on May 14 in Brussels, Serbian and Kosovar negotiators sat down for talks on car plates.\n");

        var round = Assert.Single(kb.Rounds);
        Assert.Equal(["Kosovo", "Serbia"], round.Parties.Order());
    }

    [Fact]
    public void ACountryTheMeetingIsHeldInIsNoSide()
    {
        var kb = Read("Ukraine and US talk\nKYIV, March 12, 2025 — Ukraine and the United States held talks on a ceasefire, Ukrainian and American officials said.\n"
            + "The Ukrainian delegation met in Saudi Arabia on March 11.\n");

        var round = Assert.Single(kb.Rounds);
        Assert.Equal(["Ukraine", "United States"], round.Parties.Order());
    }
}
