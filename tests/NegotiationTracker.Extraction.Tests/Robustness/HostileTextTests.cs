using NegotiationTracker.Extraction.Tests.Infrastructure;

namespace NegotiationTracker.Extraction.Tests.Robustness;

/// <summary>Text the extractor must survive: whatever an article holds, the import reports it or reads it, never crashes.</summary>
public sealed class HostileTextTests
{
    [Theory]
    [InlineData("Talks 😀\n16.05.2025\nSerbia and Kosovo met in Brussels on Friday 😀 for talks.")]
    [InlineData("Markers\nThe ⟨P7⟩ delegation led by ⟨P9⟩ met ⟨C3⟩ in Geneva on 3 March 2024.")]
    [InlineData("Bad years\nThe talks on May 16, 0000 and 16.05.0000 and in May 0000 went well.")]
    [InlineData("Huge gaps\n16.05.2025\nThey met 1000000 days ago and will meet on Wednesday, more than 900000 weeks after the talks of 99999999999 days ago.")]
    [InlineData("Only a headline")]
    [InlineData("\n\n\n")]
    [InlineData("Lone surrogate \uD800 in the text\nSerbia and Kosovo talks in Brussels on 3 March 2024.")]
    public void ReadsHostileTextWithoutThrowing(string text)
    {
        var kb = KnowledgeBaseBuilder.Build([Corpus.Text("hostile.txt", text)], Corpus.Lexicon);
        Assert.All(kb.Rounds, r => Assert.InRange(r.Date ?? new DateOnly(2000, 1, 1), new DateOnly(1800, 1, 1), new DateOnly(2200, 12, 31)));
    }

    [Fact]
    public void ReadsAPageCutOffAfterACapitalisedThe()
    {
        // A stored page that stops mid-sentence on "The" once made the whole import fail.
        var seed = Corpus.Seeds[0];
        var whole = KnowledgeBaseBuilder.Build([seed], Corpus.Lexicon);

        var cut = KnowledgeBaseBuilder.Build([Corpus.Text(seed.File, seed.Text.TrimEnd() + "\nThe ")], Corpus.Lexicon);

        Assert.Equal(whole.Rounds.Select(r => r.Key), cut.Rounds.Select(r => r.Key));
    }

    [Fact]
    public async Task ReadsAnAsideAfterALeadsCueWithoutHanging()
    {
        // .NET's compiled regex engine looped forever, timeout unchecked, on a head cue's lazy words after "leads the".
        var text = "League talks\nNEW YORK -- Owners and players met on Wednesday.\n"
            + "On the owners side Novak was joined by Ivan Petrov, who leads the labor relations committee, and Ana Silva.";

        var kb = await Task.Run(() => Corpus.Read(text)).WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);

        Assert.Contains(kb.People, p => p.Name == "Ivan Petrov");
    }

    [Fact]
    public void TwoArticlesWithTheSameYearlessDayGiveOneRound()
    {
        var kb = KnowledgeBaseBuilder.Build(
        [
            Corpus.Text("a.txt", "Talks\nSerbia and Kosovo held talks in Brussels on May 16."),
            Corpus.Text("b.txt", "More talks\nSerbia and Kosovo negotiators met in Brussels on May 16."),
        ], Corpus.Lexicon);

        Assert.Single(kb.Rounds);
        Assert.Equal(kb.Rounds.Count, kb.Rounds.Select(r => r.Key).Distinct().Count());
    }

    [Fact]
    public void NumberedRoundDatedByMonthKeepsMonthPrecision()
    {
        var kb = KnowledgeBaseBuilder.Build([Corpus.Text("m.txt", "Talks\nThe second round of talks between Serbia and Kosovo was held in Brussels in June 2025.")], Corpus.Lexicon);

        var round = Assert.Single(kb.Rounds);
        Assert.Equal(("month", new DateOnly(2025, 6, 1)), (round.DatePrecision, round.Date!.Value));
    }
}
