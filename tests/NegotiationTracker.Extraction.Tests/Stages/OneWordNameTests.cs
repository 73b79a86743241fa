using NegotiationTracker.Extraction.Tests.Infrastructure;

namespace NegotiationTracker.Extraction.Tests.Stages;

/// <summary>
/// People a page names by one word ("Kelly, Head of the US delegation"; "Afrasiab, director-general of the South Asia
/// division"): the office and what it is of, set off right after the word, make it a person; a place, an adverb or the end of
/// a longer name before such an office does not.
/// </summary>
public sealed class OneWordNameTests
{
    private static List<string> Names(string body) =>
        [.. Corpus.Read("Talks\nBEIJING, June 23 (Xinhua) -- The third round of the talks opened on Wednesday. " + body).People.Select(p => p.Name).Order(StringComparer.Ordinal)];

    [Fact]
    public void OneWordSetOffBeforeAnOfficeOfSomethingIsAPerson()
    {
        var kb = Corpus.Read("Talks\nBEIJING, June 23 (Xinhua) -- The third round of the talks opened on Wednesday. "
            + "Kelly, Head of the US delegation, said a settlement was possible.");

        Assert.Contains("Head of the US delegation", Corpus.TitlesOf(kb, "Kelly"));
    }

    [Fact]
    public void OneWordInADelegationListIsAPerson() =>
        Assert.Contains("Afrasiab", Names("On the Pakistani delegation were Afrasiab, director-general of the South Asia division, and High Commissioner Shahid Malik."));

    [Theory]
    [InlineData("The talks were held in Miami, Florida, the Office of the United States Trade Representative announced.")]
    [InlineData("Unfortunately, Nigeria's Head of State, General Yakubu Gowon, did not come.")]
    [InlineData("The team included Luiz Eduardo Carvalho e Silva, chief of staff at the Ministry of Finance.")]
    public void APlaceAnAdverbOrALongerNamesEndIsNoOneWordPerson(string body)
    {
        var names = Names(body);

        Assert.DoesNotContain("Florida", names);
        Assert.DoesNotContain("Unfortunately", names);
        Assert.DoesNotContain("Silva", names);
    }

    [Fact]
    public void ABareSurnameAfterAnOfficeOfAStateIsThatOfficesHolder()
    {
        var kb = Corpus.Read("Talks\nBy Trend\n\nThe foreign ministries of Uzbekistan and Latvia held political consultations in Tashkent. "
            + "After the talks the Latvian team was received by the Minister of Foreign Affairs of the Republic of Uzbekistan Saidov.");

        Assert.Contains("Minister of Foreign Affairs of the Republic of Uzbekistan", Corpus.TitlesOf(kb, "Saidov"));
    }

    [Fact]
    public void ASurnameOfAFullerNameIsThatPerson() =>
        Assert.Equal(["A K Mishra"], Names("The interlocutor, A K Mishra, met the group. Mishra, once a special director of the Intelligence Bureau, left on Monday."));

    [Theory]
    [InlineData("The rift separating the Greek government from Cypriot Archbishop Makarios grew.", "Makarios")]
    [InlineData("Ayatollah Khomeini refused to receive the envoy.", "Khomeini")]
    public void OneWordAfterAReligiousOfficeOfOneNameIsAPerson(string body, string name) => Assert.Contains(name, Names(body));

    [Fact]
    public void ANewsAgencysWordEndsAMayorsName() =>
        Assert.Contains("Michael Bloomberg", Names("In the view of Mayor Michael Bloomberg, a strike would have done less harm."));

    [Fact]
    public void ASurnameWrittenWithoutItsArticleIsTheFullNamesPerson()
    {
        var kb = Corpus.Read("Talks\nKHARTOUM, June 27, 2018 - Sudan's President Omar al-Bashir hosted the talks. \"Meeting behind closed doors with President Bashir, "
            + "President Salva Kiir and Doctor Riek Machar have come to agreement,\" the minister said.");

        Assert.DoesNotContain(kb.People, p => p.Name == "Bashir");
        Assert.Contains("Doctor", Corpus.TitlesOf(kb, "Riek Machar"));
    }
}
