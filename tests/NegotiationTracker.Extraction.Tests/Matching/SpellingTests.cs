using NegotiationTracker.Extraction.Consolidation;
using NegotiationTracker.Extraction.Tests.Infrastructure;

namespace NegotiationTracker.Extraction.Tests.Matching;

public sealed class SpellingTests
{
    [Theory]
    [InlineData("Vladimir Medinsky", "Vladimir Medinski")]
    [InlineData("Recep Tayyip Erdoğan", "RECEP TAYYIP ERDOGAN")]
    [InlineData("Andrij Yermak", "Andriy Yermak")]
    [InlineData("İbrahim Kalın", "Ibrahim Kalin")]
    [InlineData("Silvestre Bello III", "Silvestre Bello 3rd")]
    [InlineData("Silvestre Bello III", "Silvestre Bello")]
    [InlineData("Martin Luther King Jr.", "Martin Luther King")]
    [InlineData("D.Gankhuyag", "D. Gankhuyag")]
    [InlineData("J. Douglas Hines", "J Douglas Hines")]
    public void OnePersonHoweverSpelled(string a, string b) =>
        Assert.Equal(NameKey.Of(a, Corpus.Lexicon), NameKey.Of(b, Corpus.Lexicon));

    [Theory]
    [InlineData("Turkey", "Türkiye")]
    [InlineData("Turkish", "Türkiye")]
    [InlineData("Ankara", "Türkiye")]
    [InlineData("Kremlin", "Russia")]
    [InlineData("Kiev", "Ukraine")]
    [InlineData("U.S.", "United States")]
    [InlineData("Washington", "United States")]
    public void OnePartyHoweverNamed(string alias, string party) =>
        Assert.Equal(party, Corpus.Lexicon.FindParty(alias)?.Name);

    [Fact]
    public void MergesVenueSpelledWithAndWithoutDiacritics()
    {
        var kb = KnowledgeBaseBuilder.Build(
        [
            Corpus.Text("a.txt", "Talks at Dolmabahce Palace\n12.03.2024\nSerbia and Kosovo will meet on Tuesday at the Dolmabahce Palace in Istanbul."),
            Corpus.Text("b.txt", "Second outlet\n12.03.2024\nSerbia and Kosovo talks on Tuesday at the Dolmabahçe Palace in Istanbul."),
        ], Corpus.Lexicon);

        var venue = Assert.Single(kb.Venues);
        Assert.Equal("Dolmabahçe Palace", venue.Name);
        Assert.Single(kb.Rounds);
        Assert.Equal(new DateOnly(2024, 3, 12), kb.Rounds[0].Date);
    }
}
