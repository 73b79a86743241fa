using NegotiationTracker.Extraction.Tests.Infrastructure;

namespace NegotiationTracker.Extraction.Tests.Lexicon;

/// <summary>The page lexicon's line patterns: anchored ones match a line's start only, floating ones anywhere in it.</summary>
public sealed class LinePatternTests
{
    [Theory]
    [InlineData("Share this article", true)]
    [InlineData("The delegations agreed to share the costs.", false)]
    [InlineData("We use cookies on this site; click accept to go on.", true)]
    [InlineData("Talks in Geneva ended on Friday.", false)]
    [InlineData("See Original Daily Bulletin From This Date", true)]
    [InlineData("See the original agreement text, the envoy told the delegates on Monday in Geneva after talks.", false)]
    public void BoilerplateMatchesAnchoredAtTheStartAndFloatingAnywhere(string line, bool furniture) =>
        Assert.Equal(furniture, Corpus.Lexicon.Page.Boilerplate.IsMatch(line));

    [Fact]
    public void ACreditAnywhereInALineIsACaption() =>
        Assert.True(Corpus.Lexicon.Page.Caption.IsMatch("The two ministers shake hands in Ankara. REUTERS/Umit Bektas"));
}
