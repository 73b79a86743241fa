using NegotiationTracker.Extraction.Tests.Infrastructure;

namespace NegotiationTracker.Extraction.Tests.Stages;

/// <summary>"X and his Somali counterpart Y met": a counterpart holds the same office for the other side.</summary>
public sealed class CounterpartTests
{
    private const string Summit = "Kenya and Somalia leaders meet\nNAIROBI, September 25, 2019 – Kenya and Somalia agreed to normalise relations. "
        + "On Tuesday night in New York, President Uhuru Kenyatta and his Somali counterpart, Mohamed Abdullahi Mohamed (Farmajo), met in a meeting the Egyptian president chaired.\n";

    [Fact]
    public void ThePersonWithoutASideHasTheSideTheirCounterpartDoesNot()
    {
        var kb = Corpus.Read(Summit);

        var kenya = Assert.Single(kb.Delegations, d => d.Party == "Kenya");
        Assert.Equal("Uhuru Kenyatta", Corpus.NameOf(kb, kenya.HeadKey));
        var somalia = Assert.Single(kb.Delegations, d => d.Party == "Somalia");
        Assert.Equal("Mohamed Abdullahi Mohamed", Corpus.NameOf(kb, somalia.HeadKey));
    }

    [Fact]
    public void AnOfficeSetOffBeforeANameReachesPastABracketedNickname()
    {
        var person = Assert.Single(Corpus.Read(Summit).People, p => p.Name == "Mohamed Abdullahi Mohamed");

        Assert.Contains("counterpart", person.Titles.Select(t => t.Title));
        Assert.Equal("Somalia", person.Party);
    }

    [Fact]
    public void AnUndatedMeetingOfCounterpartsNamesTheMainRoundsHeads()
    {
        var kb = Corpus.Read("Talks in Cairo\nCAIRO, May 6, 2021 – Delegations of Turkey and Egypt held two days of exploratory talks in Cairo on Wednesday. "
            + "Turkish Deputy Foreign Minister Ivan Petrov met with his Egyptian counterpart Omar Said at the ministry.\n");

        var egypt = Assert.Single(kb.Delegations, d => d.Party == "Egypt");
        Assert.Equal("Omar Said", Corpus.NameOf(kb, egypt.HeadKey));
        Assert.Contains(kb.Delegations, d => d.Party != "Egypt" && Corpus.NameOf(kb, d.HeadKey) == "Ivan Petrov");
    }

    [Fact]
    public void TwoOfficialsWhoMetAreTheTwoSidesWhenTheSentenceGivesOnesSide()
    {
        var kb = Corpus.Read("Leaders meet\nPUTRAJAYA, November 5, 2018 – The Philippines and Malaysia discussed trade. "
            + "On Monday President Ramon Alcaraz and Malaysian Prime Minister Azman Karim met in Putrajaya.\n");

        var philippines = Assert.Single(kb.Delegations, d => d.Party == "Philippines");
        Assert.Equal("Ramon Alcaraz", Corpus.NameOf(kb, philippines.HeadKey));
    }

    [Fact]
    public void AnUndatedMeetingOfOneOfficialOfEachSideNamesTheMainRoundsHeads()
    {
        var kb = Corpus.Read("Leaders meet\nGENEVA, October 17, 2017 – Armenia and Azerbaijan held talks in Geneva on Monday. "
            + "Armenian President Tigran Avetyan spoke of progress, and Azerbaijani President Elvin Guliyev of hope. After the talks, Presidents Tigran Avetyan and Elvin Guliyev met in private.\n");

        var azerbaijan = Assert.Single(kb.Delegations, d => d.Party == "Azerbaijan");
        Assert.Equal("Elvin Guliyev", Corpus.NameOf(kb, azerbaijan.HeadKey));
    }

    [Fact]
    public void AMeetingOfTwoOfficialsTakenAsAReferencePointNamesNoHeads()
    {
        var kb = Corpus.Read("Leaders meet\nGENEVA, October 17, 2017 – Armenia and Azerbaijan held talks in Geneva on Monday. "
            + "The talks came a day after Armenian President Tigran Avetyan met Azerbaijani President Elvin Guliyev in Sochi.\n");

        Assert.DoesNotContain(kb.Delegations, d => d.HeadKey is not null);
    }

    [Fact]
    public void CounterpartsWhoTalkedOnTheRoundsOwnDayHeadItsSides()
    {
        var kb = Corpus.Read("Border talks\nZAGREB, November 26, 2016 – Speaking to reporters after the meeting, the two said no progress had been made on the border, Vecernji List reports on November 25, 2016. "
            + "On Friday in Ljubljana, Croatian Foreign Minister Ivan Horvat and his Slovenian counterpart Marko Kranjc talked about relations between Croatia and Slovenia.\n");

        var slovenia = Assert.Single(kb.Delegations, d => d.Party == "Slovenia");
        Assert.Equal("Marko Kranjc", Corpus.NameOf(kb, slovenia.HeadKey));
        Assert.Contains(kb.Delegations, d => d.Party == "Croatia" && Corpus.NameOf(kb, d.HeadKey) == "Ivan Horvat");
    }

    [Fact]
    public void CounterpartsWhoTalkedOnAnotherDayDoNotHeadTheRound()
    {
        var kb = Corpus.Read("Border talks\nZAGREB, November 26, 2016 – Speaking to reporters after the meeting, the two said no progress had been made on the border, Vecernji List reports on November 25, 2016. "
            + "On Tuesday in Ljubljana, Croatian Foreign Minister Ivan Horvat and his Slovenian counterpart Marko Kranjc talked about relations between Croatia and Slovenia.\n");

        var friday = Assert.Single(kb.Rounds, r => r.Date == new DateOnly(2016, 11, 25)).Key;
        Assert.DoesNotContain(kb.Delegations, d => d.RoundKey == friday && d.HeadKey is not null);
    }
}
