using NegotiationTracker.Extraction.Tests.Infrastructure;

namespace NegotiationTracker.Extraction.Tests.Stages;

/// <summary>
/// Ministry releases list those present as "Hon. Name, Office, Hon. Name, Office": each office is the name's before it,
/// and a name the honorific opens is a person even when its first word is a city's ("Hon. Aden Duale").
/// </summary>
public sealed class HonourableListTests
{
    private const string Release = "Commission meets\nNAIROBI, 5 March 2024 - Kenya and Somalia held the third session of their joint commission in Nairobi on Tuesday. "
        + "Present were Hon. Kipchumba Murkomen, Cabinet Secretary for Transport and Infrastructure, Hon. Rebecca Miano, Cabinet Secretary for Trade "
        + "and Investment, Hon. Aden Duale, Cabinet Secretary for Defence, along with other delegates from Kenya and Somalia.\n";

    [Theory]
    [InlineData("Kipchumba Murkomen", "Cabinet Secretary for Transport and Infrastructure")]
    [InlineData("Rebecca Miano", "Cabinet Secretary for Trade and Investment")]
    [InlineData("Aden Duale", "Cabinet Secretary for Defence")]
    public void EachOfficeInTheListBelongsToTheNameBeforeIt(string name, string office)
    {
        var kb = Corpus.Read(Release);

        Assert.Equal([office], kb.People.Single(p => p.Name == name).Titles.Select(t => t.Title));
    }
}
