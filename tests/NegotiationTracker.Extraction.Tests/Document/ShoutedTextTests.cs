using NegotiationTracker.Extraction.Document;
using NegotiationTracker.Extraction.Tests.Infrastructure;

namespace NegotiationTracker.Extraction.Tests.Document;

/// <summary>
/// A cable typed all in capitals gets its case back before anything else reads it: parties, places, titles and names from
/// what the lexicon knows, and every other word in lower case.
/// </summary>
public sealed class ShoutedTextTests
{
    private const string Cable = "UNCLASSIFIED\nPAGE 01 LUSAKA 01158 071611Z\nSUBJECT: SOARES-FRELIMO TALKS END\n"
        + "1. BELOW IS THE TEXT OF THE COMMUNIQUE PORTUGAL AND FRELIMO PUT\n"
        + "OUT ON THE EVENING OF JUNE 6, WHEN THE TALKS ENDED A DAY SOONER\n"
        + "THAN EXPECTED: QUOTE: ON THE 5TH - 6TH OF JUNE, 1974, THE\n"
        + "PORTUGUESE GOVERNMENT DELEGATION AND THE FRELIMO DELEGATION CAME\n"
        + "TOGETHER IN LUSAKA TO OPEN A POLITICAL DIALOGUE FOR MOZAMBIQUE.\n"
        + "AT THE HEAD OF THE FRELIMO DELEGATION WAS THE PRESIDENT, SAMORA\n"
        + "MACHEL, AND AT THE HEAD OF THE PORTUGUESE ONE THE MINISTER\n"
        + "OF FOREIGN AFFAIRS, MR. MARIO SOARES. BOTH SIDES AGREED THAT NO\n"
        + "CEASE-FIRE CAN BE SET UP BEFORE A GLOBAL AGREEMENT IS REACHED.\n"
        + "ONCE THE ISSUES HAD BEEN REVIEWED IN GENERAL TERMS, THE PORTUGUESE\n"
        + "SIDE ASKED FOR TIME TO REFER BACK TO ITS GOVERNMENT IN LISBON.\n";

    [Fact]
    public void ACableInCapitalsGetsItsCaseBackAtTheSameOffsets()
    {
        var document = ArticleDocument.Read(Corpus.Text("c.txt", Cable), Corpus.Lexicon);
        var text = string.Join(" ", document.Sentences.Select(s => s.Text));

        Assert.All(document.Sentences, s => Assert.Equal(Cable.Substring(s.Start, s.Text.Length).Replace('\n', ' '), s.Text, ignoreCase: true));
        Assert.Contains("the President, Samora Machel, and", text, StringComparison.Ordinal);
        Assert.Contains("Minister of Foreign Affairs, Mr. Mario Soares.", text, StringComparison.Ordinal);
        Assert.Contains("Both sides agreed", text, StringComparison.Ordinal);
        Assert.Contains("the FRELIMO delegation came together in Lusaka", text, StringComparison.Ordinal);
    }

    [Fact]
    public void APageWithOnlyAHeadlineInCapitalsKeepsItsCase()
    {
        const string page = "TALKS END IN LUSAKA\nThe Portuguese delegation and Frelimo ended their talks in Lusaka on Thursday, a day sooner than expected, "
            + "and said they would meet again in July. The delegations thanked President Kenneth Kaunda of Zambia for his hospitality during the talks.";

        Assert.StartsWith("The Portuguese delegation and Frelimo ended", ArticleDocument.Read(Corpus.Text("p.txt", page), Corpus.Lexicon).Sentences[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void TheHeadsOfACableInCapitalsAreRead()
    {
        var kb = Corpus.Read(Cable);

        Assert.Contains(kb.Rounds, r => r.Date == new DateOnly(1974, 6, 5) && r.City == "Lusaka");
        Assert.Contains(kb.Delegations, d => d.Party == "Frelimo" && Corpus.NameOf(kb, d.HeadKey) == "Samora Machel");
        Assert.Contains("Mario Soares", kb.People.Select(p => p.Name));
        Assert.DoesNotContain("Terms", kb.People.Select(p => p.Name));
    }

    [Fact]
    public void ANamesFirstWordAndAMonthKeepTheirCapitalsThoughTheyAreSmallWords()
    {
        var text = string.Join(" ", ArticleDocument.Read(Corpus.Text("c.txt", Cable + "3. THE NEW ZEALAND AMBASSADOR SAID THE TALKS WOULD RESUME ON\n"
            + "MAY 5 IN NEW YORK. TALKS ENDED THEN WITH THE PRESIDENT. THE TALKS ENDED.\n"), Corpus.Lexicon).Sentences.Select(s => s.Text));

        Assert.Contains("The New Zealand Ambassador said", text, StringComparison.Ordinal);
        Assert.Contains("on May 5 in New York", text, StringComparison.Ordinal);
        Assert.Contains("Talks ended then with the President.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("the talks Ended", text, StringComparison.Ordinal);
    }
}
