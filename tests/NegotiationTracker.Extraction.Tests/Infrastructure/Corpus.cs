using NegotiationTracker.Extraction;
using NegotiationTracker.Extraction.Articles;
using NegotiationTracker.Extraction.Consolidation;
using NegotiationTracker.Extraction.Lexicon;

namespace NegotiationTracker.Extraction.Tests.Infrastructure;

/// <summary>The repository's real lexicon and seed articles, and the test articles written for these tests.</summary>
public static class Corpus
{
    public static string Root { get; } = FindRoot();

    public static ExtractionLexicon Lexicon { get; } = LexiconParser.Parse(
        Directory.EnumerateFiles(Path.Combine(Root, "seeds", "lexicon"))
            .ToDictionary(f => "lexicon/" + Path.GetFileName(f), File.ReadAllText));

    public static IReadOnlyList<SeedArticle> Seeds { get; } = Articles(Path.Combine(Root, "seeds"));

    public static KnowledgeBase SeedKnowledgeBase { get; } = KnowledgeBaseBuilder.Build(Seeds, Lexicon);

    public static IReadOnlyList<SeedArticle> TestArticles(params string[] prefixes) =>
        [.. Articles(Path.Combine(Root, "tests", "NegotiationTracker.Extraction.Tests", "Articles"))
            .Where(a => prefixes.Length == 0 || prefixes.Any(p => a.File.StartsWith(p, StringComparison.Ordinal)))];

    public static SeedArticle Text(string file, string text) => new(file, text);

    /// <summary>The knowledge base the extractor builds from one article of <paramref name="text"/>.</summary>
    public static KnowledgeBase Read(string text) => KnowledgeBaseBuilder.Build([Text("t.txt", text)], Lexicon);

    /// <summary>The name of the person a fact's key points to (a head's, a member's), or null.</summary>
    /// <summary>The titles read for the one person of that name.</summary>
    public static IEnumerable<string> TitlesOf(KnowledgeBase kb, string name) => Assert.Single(kb.People, p => p.Name == name).Titles.Select(t => t.Title);

    public static string? NameOf(KnowledgeBase kb, string? key) => kb.People.SingleOrDefault(p => p.Key == key)?.Name;

    /// <summary>The names of the parties the page-party stage reads from one article of <paramref name="text"/>, the lexicon's left out.</summary>
    public static List<string> PagePartiesIn(string text) =>
        [.. NegotiationTracker.Extraction.Mentions.PageParties.Find(NegotiationTracker.Extraction.Document.ArticleDocument.Read(Text("page.txt", text), Lexicon).Content, Lexicon).Parties.Select(p => p.Name)];

    /// <summary>The names of the people the extractor finds in one article of <paramref name="text"/>.</summary>
    public static IReadOnlyList<string> PeopleIn(string text) =>
        [.. Read(text).People.Select(p => p.Name)];

    private static List<SeedArticle> Articles(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal).Select(f => new SeedArticle(Path.GetFileName(f), File.ReadAllText(f)))];

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NegotiationTracker.sln"))) { return dir.FullName; }
        }

        throw new InvalidOperationException("Repository root not found above " + AppContext.BaseDirectory);
    }
}
