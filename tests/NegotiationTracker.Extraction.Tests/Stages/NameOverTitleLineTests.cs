using NegotiationTracker.Extraction.Tests.Infrastructure;

namespace NegotiationTracker.Extraction.Tests.Stages;

/// <summary>Participants' lists that print a name on one line and the office on the line under it.</summary>
public sealed class NameOverTitleLineTests
{
    [Fact]
    public void TheLineUnderANameIsItsOfficeWhenThePagePrintsSeveralSuch()
    {
        var kb = Corpus.Read("High-level meeting on the dispute\nThe delegations of Belize and Guatemala met at the OAS on 31 July 2012.\n\nParticipants\n"
            + "Magdalena Talamas\nChief of the OAS Peace Fund\nManuel Tellez\nAmbassador to Belize\nCarlos Raul Morales\nVice Minister of Foreign Affairs\n");

        Assert.Contains("Chief of the OAS Peace Fund", Corpus.TitlesOf(kb, "Magdalena Talamas"));
        Assert.Contains("Ambassador to Belize", Corpus.TitlesOf(kb, "Manuel Tellez"));
        Assert.Contains("Vice Minister of Foreign Affairs", Corpus.TitlesOf(kb, "Carlos Raul Morales"));
    }

    [Fact]
    public void ALoneNameLineOverAHeadlineGivesNoTitle()
    {
        var kb = Corpus.Read("Magdalena Talamas\nPresident calls for talks on the border\nThe delegations of Belize and Guatemala met at the OAS on 31 July 2012, "
            + "said Magdalena Talamas, who spoke to reporters.");

        Assert.DoesNotContain("President calls for talks on the border", kb.People.SelectMany(p => p.Titles).Select(t => t.Title));
    }
}
