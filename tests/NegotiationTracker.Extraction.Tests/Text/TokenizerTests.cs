using NegotiationTracker.Extraction.Tests.Infrastructure;
using NegotiationTracker.Extraction.Text;

namespace NegotiationTracker.Extraction.Tests.Text;

/// <summary>Where a word ends: a name run into a footnote mark or a day ends before the digits; a code keeps them.</summary>
public sealed class TokenizerTests
{
    [Theory]
    [InlineData("Colonel Underwood7 was present.", "Underwood", "7")]
    [InlineData("Robin de Peyer5 February 2018", "Peyer", "5")]
    public void ANameRunIntoDigitsEndsBeforeThem(string text, string word, string digits)
    {
        var tokens = Tokenizer.Tokenize(text).Select(t => t.Text).ToList();

        Assert.Equal(digits, tokens[tokens.IndexOf(word) + 1]);
    }

    [Theory]
    [InlineData("The COP27 talks ended.", "COP27")]
    [InlineData("The G7 met.", "G7")]
    public void ACodeKeepsItsDigits(string text, string code) =>
        Assert.Contains(code, Tokenizer.Tokenize(text).Select(t => t.Text));

    [Fact]
    public void ABylineRunIntoItsDateNamesThePersonWithoutTheDay()
    {
        var people = Corpus.PeopleIn("Brexit talks as it happened\n\nRobin de Peyer5 February 2018\n\nTheresa May met Michel Barnier in Downing Street today.");

        Assert.Contains("Michel Barnier", people);
        Assert.DoesNotContain("Robin de Peyer5", people);
    }
}
