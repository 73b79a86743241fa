using NegotiationTracker.Extraction.Tests.Infrastructure;

namespace NegotiationTracker.Extraction.Tests.Stages;

/// <summary>
/// "Member" as an office: it is a title only with what the person is a member of ("a member of the SPD delegation",
/// "Committee Member" under a union bulletin's signature), and such a person is one of the team, not its head.
/// </summary>
public sealed class MemberOfficeTests
{
    private const string Opening = "Talks\nBERLIN, 4 October 2013 — The Christian Democrats and the Social Democrats (SPD) held exploratory talks in Berlin on Friday. ";

    private static IReadOnlyList<string> TitlesOf(string text, string name) => [.. Corpus.TitlesOf(Corpus.Read(text), name)];

    [Fact]
    public void AMemberOfAPartysDelegationIsOneOfItsMembersNotItsHead()
    {
        var kb = Corpus.Read(Opening + "Andrea Nahles, a member of the SPD delegation, told reporters the two sides had gone over some issues.");

        var team = Assert.Single(kb.Delegations, d => d.Party == "SPD");
        var nahles = Assert.Single(team.Members);
        Assert.Equal("Andrea Nahles", Corpus.NameOf(kb, nahles.PersonKey));
        Assert.False(nahles.IsHead);
        Assert.Contains("member of the SPD delegation", TitlesOf(Opening + "Andrea Nahles, a member of the SPD delegation, told reporters the two sides had gone over some issues.", "Andrea Nahles"));
    }

    [Fact]
    public void SignatureLinesGiveEachNameItsCommitteeOffice()
    {
        var text = Opening + "We will set more dates soon.\nIn solidarity,\nCindy Edgar, Bargaining Chair\nTonia Alexander, Committee Member\nAlyse Dillon, Committee Member";

        Assert.Contains("Bargaining Chair", TitlesOf(text, "Cindy Edgar"));
        Assert.Equal(["Committee Member"], TitlesOf(text, "Tonia Alexander"));
    }

    [Theory]
    [InlineData("Fred Zuckerman, a member for 40 years of Teamsters Local 89, led two rallies.", "Fred Zuckerman")]
    [InlineData("Halem met pitcher Andrew Miller, a member of the union's eight-man executive subcommittee.", "Andrew Miller")]
    public void AMemberWithNoBodyOfItsOwnHasNoTitle(string sentence, string name) =>
        Assert.DoesNotContain(TitlesOf(Opening + sentence, name), t => t.StartsWith("member", StringComparison.Ordinal));

    [Fact]
    public void AMinistryListEndingInSupplyStaysTheTitle() =>
        Assert.Equal(["Minister of Industry, Trade and Supply"], TitlesOf(Opening + "Members of the SPD delegation were Minister of Industry, Trade and Supply Yarub Qudah and others.", "Yarub Qudah"));
}
