using NegotiationTracker.Extraction.Tests.Infrastructure;

namespace NegotiationTracker.Extraction.Tests.Consolidation;

/// <summary>One title has one spelling per person, whichever side of the Atlantic each report writes from.</summary>
public sealed class TitleSpellingTests
{
    [Fact]
    public void BritishAndAmericanSpellingsOfATitleAreOneTitle()
    {
        var kb = KnowledgeBaseBuilder.Build(
        [
            Corpus.Text("a.txt", "Border talks\n12.03.2024\nArmenian Defence Minister Suren Papikyan led the delegation that met Azerbaijan's team in Geneva on 12 March 2024."),
            Corpus.Text("b.txt", "Geneva talks\n13.03.2024\nArmenian Defense Minister Suren Papikyan said the talks in Geneva were useful."),
            Corpus.Text("c.txt", "Talks end\n14.03.2024\nDefence Minister Suren Papikyan returned from Geneva."),
        ], Corpus.Lexicon);

        var person = Assert.Single(kb.People, p => p.Name == "Suren Papikyan");
        var title = Assert.Single(person.Titles);
        Assert.Equal("Defence Minister", title.Title);
        Assert.Equal(3, title.Evidence.Count);
    }

    [Fact]
    public void AMembersTitleIsSpelledAsInThePersonsTitles()
    {
        var kb = KnowledgeBaseBuilder.Build(
        [
            Corpus.Text("a.txt", "Border talks\n12.03.2024\nThe Armenian delegation, led by Defense Minister Suren Papikyan, met Azerbaijan's team in Geneva on 12 March 2024."),
            Corpus.Text("b.txt", "Geneva\n13.03.2024\nDefence Minister Suren Papikyan spoke of progress."),
            Corpus.Text("c.txt", "Geneva\n14.03.2024\nDefence Minister Suren Papikyan flew home."),
        ], Corpus.Lexicon);

        var member = kb.Delegations.SelectMany(d => d.Members).First(m => kb.People.Single(p => p.Key == m.PersonKey).Name == "Suren Papikyan");
        Assert.Equal("Defence Minister", member.Title);
    }
}
