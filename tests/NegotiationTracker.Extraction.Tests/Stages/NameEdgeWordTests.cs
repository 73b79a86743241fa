using NegotiationTracker.Extraction.Tests.Infrastructure;

namespace NegotiationTracker.Extraction.Tests.Stages;

/// <summary>
/// Words at a name's edges: a Portuguese particle inside it ("Ferreira do Nascimento"), a foreign form of address before a
/// surname ("Senhor Aranha"), and a question word opening the sentence before it ("Whether Vladimir Putin …").
/// </summary>
public sealed class NameEdgeWordTests
{
    [Fact]
    public void APortugueseParticleBetweenSurnamesStaysInsideTheName()
    {
        var people = Corpus.PeopleIn("Commission meets\nLUANDA, 3 June 2021 — Angola and Cuba held their commission in Luanda. "
            + "Also in the Angolan delegation are the secretaries of State, Paula Braganca and Mario Ferreira do Nascimento.\n");

        Assert.Contains("Mario Ferreira do Nascimento", people);
        Assert.DoesNotContain("Mario Ferreira", people);
    }

    [Theory]
    [InlineData("Senhor")]
    [InlineData("Monsieur")]
    public void AForeignFormOfAddressBeforeASurnameNamesThePerson(string address)
    {
        var people = Corpus.PeopleIn($"Conference closes\nRIO DE JANEIRO, Jan. 28, 1942 — The foreign ministers met at the conference. {address} Aranha received Sumner Welles at two in the morning.\n");

        Assert.Contains("Aranha", people);
        Assert.DoesNotContain(people, p => p.StartsWith(address, StringComparison.Ordinal));
    }

    [Fact]
    public void AQuestionWordOpeningTheSentenceIsNoPartOfTheName()
    {
        var people = Corpus.PeopleIn("Summit\nPARIS, 9 December 2019 — The leaders met in Paris. Whether Vladimir Putin and Volodymyr Zelensky will sit down alone is not yet known.\n");

        Assert.Contains("Vladimir Putin", people);
        Assert.DoesNotContain(people, p => p.StartsWith("Whether", StringComparison.Ordinal));
    }
}
