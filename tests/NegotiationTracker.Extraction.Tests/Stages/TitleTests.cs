using NegotiationTracker.Extraction.Tests.Infrastructure;

namespace NegotiationTracker.Extraction.Tests.Stages;

/// <summary>Titles as reports write them: a degree or a rank before a name (not a courtesy word), a title set off in commas.</summary>
public sealed class TitleTests
{
    private static IReadOnlyList<string> TitlesOf(string text, string name) =>
        [.. KnowledgeBaseBuilder.Build([Corpus.Text("h.txt", text)], Corpus.Lexicon).People.Single(p => p.Name == name).Titles.Select(t => t.Title)];

    [Fact]
    public void ADegreeBeforeANameIsKeptBesideTheOffice()
    {
        var titles = TitlesOf("Talks\nSerbia and Kosovo met in Brussels on 3 March 2025. Dr. Ana Petrovic, the Serbian Foreign Minister, spoke first.", "Ana Petrovic");

        Assert.Contains(titles, t => t.StartsWith("Dr", StringComparison.Ordinal));
        Assert.Contains(titles, t => t.Contains("Foreign Minister", StringComparison.Ordinal));
    }

    [Fact]
    public void ARankBeforeANameIsATitle()
    {
        var titles = TitlesOf("Talks\nSerbia and Kosovo met in Brussels on 3 March 2025. Their lead negotiators, Gen Marko Ilic and Petar Novak, flew in.", "Marko Ilic");

        Assert.Contains("Gen", titles);
    }

    [Fact]
    public void ACourtesyWordIsNoTitle()
    {
        var kb = KnowledgeBaseBuilder.Build([Corpus.Text("h.txt", "Talks\nSerbia and Kosovo met in Brussels on 3 March 2025. Mr Marko Ilic, a Serbian negotiator, spoke.")], Corpus.Lexicon);

        Assert.DoesNotContain(kb.People.SelectMany(p => p.Titles), t => t.Title.StartsWith("Mr", StringComparison.Ordinal));
    }

    [Fact]
    public void ATitleSetOffBeforeANameInCommasIsItsTitleWithoutItsOwner()
    {
        var titles = TitlesOf("Talks\nSerbia and Kosovo met in Brussels on 3 March 2025. The Serbian premier's press secretary, Ana Petrovic, said the talks went well.", "Ana Petrovic");

        Assert.Contains("press secretary", titles);
    }
}
