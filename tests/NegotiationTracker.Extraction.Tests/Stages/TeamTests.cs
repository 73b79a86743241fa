using NegotiationTracker.Extraction.Consolidation;
using NegotiationTracker.Extraction.Tests.Infrastructure;

namespace NegotiationTracker.Extraction.Tests.Stages;

/// <summary>Teams as reports name them without the tidy cues: headings, "at its head", "who led", "chief negotiator", observers.</summary>
public sealed class TeamTests
{
    private static string Name(KnowledgeBase kb, string? key) => kb.People.Single(p => p.Key == key).Name;

    private static KbDelegation Team(KnowledgeBase kb, string party) => kb.Delegations.Single(d => d.Party == party);

    [Fact]
    public void MembersListedUnderATeamHeadingJoinThatParty()
    {
        var kb = Corpus.Read("Talks in Brussels\nSerbia and Kosovo met in Brussels on 3 March 2025 for talks.\n\nWho represents Serbia\n\n"
            + "Its members are Deputy Foreign Minister Petar Novak and Deputy Defence Minister Marko Ilic. At its head is Presidential Assistant Jovan Petrovic.\n");

        var serbia = Team(kb, "Serbia");
        Assert.Equal("Jovan Petrovic", Name(kb, serbia.HeadKey));
        Assert.Equal(["Marko Ilic", "Petar Novak"], serbia.Members.Where(m => !m.IsHead).Select(m => Name(kb, m.PersonKey)).Order());
    }

    [Fact]
    public void ASidesRepresentativesNamedAfterAreItsMembersButNotWhatTheyAreSaidToDo()
    {
        var kb = Corpus.Read("Talks in Brussels\nSerbia and Kosovo met in Brussels on 3 March 2025 for talks. The Serbian delegation was led by Marko Ilic.\n"
            + "Serbia's representatives are General Petar Novak, chief of military intelligence, and Jovan Petrovic. "
            + "The Kosovo representatives are said to have missed a meeting with Ana Silva in Vienna.\n");

        Assert.Equal(["Jovan Petrovic", "Petar Novak"], Team(kb, "Serbia").Members.Where(m => !m.IsHead).Select(m => Name(kb, m.PersonKey)).Order());
        Assert.DoesNotContain(kb.Delegations.SelectMany(d => d.Members), m => Name(kb, m.PersonKey) == "Ana Silva");
    }

    [Fact]
    public void PeopleListedUnderALineThatOnlyNamesAPartyAreItsMembers()
    {
        var kb = Corpus.Read("Talks in Brussels\nSerbia and Kosovo met in Brussels on 3 March 2025 for talks.\n\n  • Serbia\n\n"
            + "    • Ambassador Petar Novak\n    • Mr. Marko Ilic, Interpreter\n  • Kosovo\n\n    • Sr. Jovan Petrovic\n\nThe talks went on all day.\n");

        Assert.Equal(["Marko Ilic", "Petar Novak"], Team(kb, "Serbia").Members.Select(m => Name(kb, m.PersonKey)).Order());
        Assert.Equal(["Jovan Petrovic"], Team(kb, "Kosovo").Members.Select(m => Name(kb, m.PersonKey)));
    }

    [Theory]
    [InlineData("At Ilic's side were Petar Novak, deputy foreign minister, and Jovan Petrovic, an adviser of Serbia.")]
    [InlineData("At his side were Petar Novak, deputy foreign minister of Serbia, and Jovan Petrovic, an adviser.")]
    public void PeopleAtTheHeadsSideAreMembers(string side)
    {
        var kb = Corpus.Read("Talks in Brussels\nSerbia and Kosovo held talks in Brussels on 3 March 2025. The Serbian delegation was led by Marko Ilic.\n" + side + "\n");

        var serbia = Team(kb, "Serbia");
        Assert.Equal("Marko Ilic", Name(kb, serbia.HeadKey));
        Assert.Equal(["Jovan Petrovic", "Petar Novak"], serbia.Members.Where(m => !m.IsHead).Select(m => Name(kb, m.PersonKey)).Order());
    }

    [Fact]
    public void AccompaniedAtTheMeetingByNamesMembers()
    {
        var kb = Corpus.Read("Talks in Brussels\nSerbia and Kosovo held talks in Brussels on 3 March 2025. The Serbian delegation was led by Marko Ilic.\n"
            + "Ilic was accompanied at the meeting by Deputy Foreign Minister Petar Novak.\n");

        var serbia = Team(kb, "Serbia");
        Assert.Equal(["Petar Novak"], serbia.Members.Where(m => !m.IsHead).Select(m => Name(kb, m.PersonKey)));
    }

    [Fact]
    public void AHeadingThatOnlyNamesAPlaceGivesNoTeam()
    {
        var kb = Corpus.Read("Talks in Lausanne\nAgency Lausanne (Switzerland)\nSerbia and Kosovo held talks in Brussels on 3 March 2025, and Marko Ilic and Petar Novak met for five hours.");

        Assert.DoesNotContain(kb.Delegations, d => d.Party == "Switzerland");
    }

    [Theory]
    [InlineData("Serbia and Kosovo held talks in Brussels on 3 March 2025. Marko Ilic, who led the Serbian delegation, spoke after the talks.")]
    [InlineData("Serbia and Kosovo held talks in Brussels on 3 March 2025. Serbia's chief negotiator Marko Ilic spoke after the talks.")]
    [InlineData("Serbia and Kosovo held talks in Brussels on 3 March 2025. Marko Ilic, Serbia's chief negotiator, spoke after the talks.")]
    public void HeadsWithoutLedByAreRead(string body)
    {
        var kb = Corpus.Read("Talks in Brussels\n" + body);

        Assert.Equal("Marko Ilic", Name(kb, Team(kb, "Serbia").HeadKey));
    }

    [Fact]
    public void ObserversAreNotThePairOfSides()
    {
        var kb = Corpus.Read("Border talks\nOn 7 August 2025 the Cambodia-Thailand border committee meeting took place in Kuala Lumpur. "
            + "Representatives from the United States and China attended the meeting as observers. The United States and China welcomed the meeting.");

        var round = Assert.Single(kb.Rounds);
        Assert.Contains("Cambodia", round.Parties);
        Assert.Contains("Thailand", round.Parties);
    }

    [Fact]
    public void APhoneConversationOnADayIsNoMeeting()
    {
        var kb = Corpus.Read("Call\n16.10.2025\nIn a phone conversation lasting nearly two hours on Thursday, the presidents of Serbia and Kosovo talked about a possible summit.");

        Assert.Empty(kb.Rounds);
    }

    [Fact]
    public void ATeamNamedWithItsAcronymInBracketsIsThatPartys()
    {
        var kb = Corpus.Read("Talks\nAn International Monetary Fund (IMF) staff team headed by Marta Quell met the Chadian authorities in N'Djamena on 6 July 2022.\n");

        Assert.Equal("Marta Quell", Name(kb, Team(kb, "IMF").HeadKey));
    }
}
