using NegotiationTracker.Extraction.Tests.Infrastructure;

namespace NegotiationTracker.Extraction.Tests.Stages;

/// <summary>
/// "The actors union SAG-AFTRA … The union wants …": a side the report once describes with an organisation noun is what
/// a bare "the union" or "the company" stands for later, when the noun fits that side only.
/// </summary>
public sealed class DescribedSideTests
{
    private const string Opening = "Talks\nLOS ANGELES, July 9, 2023 – The actors union SAG-AFTRA and the AMPTP held talks in Los Angeles on Wednesday. ";

    [Fact]
    public void TheUnionIsTheSideTheReportCalledAUnion()
    {
        var demand = Assert.Single(Corpus.Read(Opening + "The union wants a 10 percent raise.\n").Demands);

        Assert.Equal("SAG-AFTRA", demand.Party);
    }

    [Fact]
    public void TheCompanyIsTheSideTheReportCalledACompany()
    {
        var kb = Corpus.Read("Talks\nSEATTLE, 9 September 2024 – The machinists union IAM and planemaker Boeing held talks in Seattle on Monday. "
            + "The planemaker wants a four-year contract.\n");

        Assert.Equal("Boeing", Assert.Single(kb.Demands).Party);
    }

    [Fact]
    public void WantsBeforeANounAndItsObjectIsADemand()
    {
        var demand = Assert.Single(Corpus.Read(Opening + "SAG-AFTRA also wants rules on generative artificial intelligence.\n").Demands);

        Assert.Contains("rules on generative artificial intelligence", demand.Text, StringComparison.Ordinal);
    }
}
