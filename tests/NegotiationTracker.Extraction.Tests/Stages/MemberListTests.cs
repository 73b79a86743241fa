using NegotiationTracker.Extraction.Consolidation;
using NegotiationTracker.Extraction.Tests.Infrastructure;

namespace NegotiationTracker.Extraction.Tests.Stages;

/// <summary>
/// "X received a Chadian delegation made up of A and B": a team named right before its member cue holds the
/// people after the cue; the one who received it is not of that team.
/// </summary>
public sealed class MemberListTests
{
    private static List<string> People(KnowledgeBase kb, KbDelegation d) =>
        [.. d.Members.Select(m => kb.People.Single(p => p.Key == m.PersonKey).Name).Order()];

    [Fact]
    public void WhoReceivesATeamIsNotAmongItsMembers()
    {
        var kb = Corpus.Read("Talks\nSudan and Chad held talks in Khartoum on 3 March 2024. "
            + "Prime Minister Kamal Osman received a Chadian delegation made up of envoy Idriss Haroun and adviser Ali Mahamat.");

        var chad = Assert.Single(kb.Delegations, d => d.Party == "Chad");
        Assert.DoesNotContain("Kamal Osman", People(kb, chad));
        Assert.Contains("Idriss Haroun", People(kb, chad));
    }

    [Fact]
    public void ABodyThatIncludesSomeoneIsNoTeamOfHis()
    {
        var kb = Corpus.Read("Coalition talks\nAmsel Dor leader Ana Silva and Vesna Kor leader Ivan Petrov met in Oslo on 3 May 2024. "
            + "Vesna Kor leader Ivan Petrov has hesitated to back a coalition that includes Ana Silva.");

        Assert.DoesNotContain(kb.Delegations, d => d.Party == "Vesna Kor" && People(kb, d).Contains("Ana Silva"));
    }

    [Fact]
    public void ATeamThatIncludesSomeoneHasHimAsAMember()
    {
        var kb = Corpus.Read("Talks\nSudan and Chad held talks in Khartoum on 3 March 2024. The Chadian delegation, which includes envoy Idriss Haroun, arrived early.");

        Assert.Contains("Idriss Haroun", People(kb, Assert.Single(kb.Delegations, d => d.Party == "Chad")));
    }

    [Fact]
    public void WhoIsRepresentingASideIsOfItsTeam()
    {
        var kb = Corpus.Read("Border talks\nOn 15 September 2020 the delegations of Kyrgyzstan and Uzbekistan met in Tashkent. "
            + "Representing the Kyrgyz delegation were envoy Tokon Asanov and deputy minister Bolot Ismailov.");

        var kyrgyz = Assert.Single(kb.Delegations, d => d.Party == "Kyrgyzstan");
        Assert.Contains("Bolot Ismailov", People(kb, kyrgyz).Concat([Corpus.NameOf(kb, kyrgyz.HeadKey) ?? ""]));
    }

    [Fact]
    public void ALeaderAndNamesSetOffByDashesAfterADelegationAreItsHeadAndMembers()
    {
        var kb = Corpus.Read("Talks at Hillsborough\nPublished: 15 January 2024\nThe Northern Ireland secretary had more talks with the DUP and Sinn Fein on Monday. "
            + "Protesters shouted as the DUP delegation - leader Jeffrey Donaldson, Gavin Robinson and Emma Little-Pengelly - got to the talks on Monday.");

        var dup = Assert.Single(kb.Delegations, d => d.Party == "DUP");
        Assert.Equal("Jeffrey Donaldson", kb.People.Single(p => p.Key == dup.HeadKey).Name);
        Assert.Equal(["Emma Little-Pengelly", "Gavin Robinson", "Jeffrey Donaldson"], People(kb, dup));
    }
}
