using NegotiationTracker.Extraction.Document;
using NegotiationTracker.Extraction.Tests.Infrastructure;

namespace NegotiationTracker.Extraction.Tests.Document;

/// <summary>
/// A page copied from a wire archive is hard-wrapped near one width: a break inside a sentence there ends nothing,
/// while the breaks of a page of one paragraph a line, and of a list, are the writer's.
/// </summary>
public sealed class WrappedLineTests
{
    private const string Wrapped = """
        SIERRA LEONE: Peace talks begin
        LAGOS, 10 November (IRIN) - On Friday the Sierra Leonean government and the
        Revolutionary United Front (RUF) opened talks in Abuja, the Nigerian
        capital, aimed at bringing peace to Sierra Leone.
        The United Nations and the Economic Community of West African States (ECOWAS)
        also take part in the discussions, which had been due to begin on Thursday.
        The start was put back because the RUF arrived late, having to be flown by a
        Nigerian plane from Monrovia, the Liberian capital, to Abuja late on Thursday.
        According to officials close to the talks, the main items on the agenda are
        disarmament, a ceasefire and people's freedom of movement.
        """;

    [Fact]
    public void ASentenceCutByTheWrapIsOneSentence()
    {
        var document = ArticleDocument.Read(Corpus.Text("irin.txt", Wrapped), Corpus.Lexicon);

        var sentence = Assert.Single(document.Sentences, s => s.Text.Contains("Abuja, the Nigerian", StringComparison.Ordinal));
        Assert.EndsWith("aimed at bringing peace to Sierra Leone.", sentence.Text, StringComparison.Ordinal);
        Assert.Equal("SIERRA LEONE: Peace talks begin", Assert.Single(document.Sentences, s => s.Kind == BlockKind.Headline).Text);
    }

    [Fact]
    public void OffsetsStillPointIntoTheArticleAsWritten()
    {
        var document = ArticleDocument.Read(Corpus.Text("irin.txt", Wrapped), Corpus.Lexicon);

        Assert.All(document.Sentences.SelectMany(s => s.Tokens), t => Assert.Equal(t.Text, Wrapped.Substring(t.Start, t.Text.Length)));
    }

    /// <summary>A wire page re-wrapped by hand: its lines are ragged, but most breaks go on in lower case.</summary>
    private const string Ragged = """
        Djibouti government, rebels sign peace accord
        PARIS, Feb 7 (Reuters) - On Monday Djibouti's last remaining rebels put their names to a ceasefire
        ending a decade-long uprising by ethnic Afars, officials
        said. In Paris the accord was signed by Ali Guelleh Aboubaker, chief aide to President Ismael Omar
        Guelleh, and Ahmed Dini, head of the rebel Front for the
        Restoration of Unity and Democracy (FRUD). Dini leads a faction
        that had refused to put down its arms in 1994, when the group's other
        wing chose to join the ruling People's Rally for Progress and took seats
        in a government that the rebels had fought since the uprising began.
        The accord was reached after two years of talks mediated in part by
        officials from neighbouring states.
        """;

    [Fact]
    public void ARaggedPageWhoseBreaksGoOnInLowerCaseIsUnwrapped()
    {
        var document = ArticleDocument.Read(Corpus.Text("wire.txt", Ragged), Corpus.Lexicon);

        Assert.Contains(document.Sentences, s => s.Text.Contains("President Ismael Omar Guelleh, and Ahmed Dini", StringComparison.Ordinal));
    }

    /// <summary>A repost whose lead is cut at a width while its later paragraphs run one a line.</summary>
    private const string PartlyWrapped = """
        Laos, Cambodia review their border
        Vientiane Times| 30 August 2016
        Vientiane Times – In Vientiane on August 29-30, the Laos – Cambodia Joint
        Committee on Border Demarcation met to take stock
        of its work over the past year.
        Heading the Lao side was Deputy Foreign Minister and Head of
        the National Border Committee Khamphao Ernthavanh, and the Cambodian
        delegation had at its head Senior Minister and Government advisor for
        border issues Var Kim Hong.
        Both sides said they were pleased that the border between the two countries has remained calm for many years, and they promised to keep it so.
        They also agreed to speed up the building of auxiliary border markers and to finish the demarcation dossiers before the end of the coming year.
        """;

    [Fact]
    public void APageWrappedOnlyInItsLeadIsUnwrappedThereAndNowhereElse()
    {
        var document = ArticleDocument.Read(Corpus.Text("repost.txt", PartlyWrapped), Corpus.Lexicon);

        Assert.Contains(document.Sentences, s => s.Text.Contains("the Laos – Cambodia Joint Committee on Border Demarcation met", StringComparison.Ordinal));
        Assert.Contains(document.Sentences, s => s.Text.StartsWith("They also agreed", StringComparison.Ordinal));
    }

    [Fact]
    public void APageOfOneParagraphALineKeepsItsBreaks()
    {
        const string text = "Talks open in Doha\nThe two delegations met in Doha on Sunday for the first round of talks on a truce and an exchange of prisoners, officials said\n"
            + "A second round is expected in Cairo next week, after consultations with the mediators in both capitals and with the United Nations envoy\n"
            + "Qatar and Egypt said the talks were constructive and that both sides had agreed to meet again soon, without giving a date for it\n"
            + "The sides exchanged lists of prisoners on Monday, and the mediators asked both of them to keep the details of the talks to themselves\n"
            + "No agreement was signed, and the delegations left Doha on Tuesday morning, each saying the other had made no concession at all\n";

        var document = ArticleDocument.Read(Corpus.Text("page.txt", text), Corpus.Lexicon);

        Assert.Equal(6, document.Sentences.Count);
    }

    [Fact]
    public void AListKeepsItsItems()
    {
        const string text = "Who represents Ukraine\nThe delegation of Ukraine is made up of the following officials and advisers\n"
            + "Rustem Umerov, Minister of Defence of Ukraine and head of the delegation\nSerhiy Kyslytsya, First Deputy Minister of Foreign Affairs\n"
            + "Oleksandr Poklad, Deputy Head of the Security Service of Ukraine\nHeorhiy Tykhyi, spokesman of the Ministry of Foreign Affairs\n"
            + "Oleh Luhovskyi, Deputy Head of the Foreign Intelligence Service\nPavlo Palisa, Deputy Head of the Office of the President\n";

        var document = ArticleDocument.Read(Corpus.Text("page.txt", text), Corpus.Lexicon);

        Assert.Contains(document.Sentences, s => s.Text == "Serhiy Kyslytsya, First Deputy Minister of Foreign Affairs");
    }
}
