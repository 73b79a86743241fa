namespace NegotiationTracker.Extraction.Tests.Infrastructure;

/// <summary>The scored report folders: real news in our own words, and the articles written for the first tests.</summary>
public static class Reports
{
    private static string Tests { get; } = Path.Combine(Corpus.Root, "tests", "NegotiationTracker.Extraction.Tests");

    public static string RealNews { get; } = Path.Combine(Tests, "RealNews");

    public static string Written { get; } = Path.Combine(Tests, "Articles");

    /// <summary>Sets of real reports kept unread, to measure what the extractor does on news no rule was fitted to.</summary>
    public static string HeldOut { get; } = Path.Combine(Tests, "HeldOut");

    public static string Schema { get; } = Path.Combine(RealNews, "expected.schema.json");

    /// <summary>Every expected-facts spec, as a path relative to this test project (readable in test names).</summary>
    public static TheoryData<string> Specs()
    {
        var data = new TheoryData<string>();
        foreach (var spec in new[] { RealNews, Written }.SelectMany(d => Directory.EnumerateFiles(d, "*.expected.json")).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(Tests, spec));
        }

        return data;
    }

    /// <summary>Every held-out spec: scored by hand (see HeldOut/README.md), never by a floor test.</summary>
    public static TheoryData<string> HeldOutSpecs()
    {
        var data = new TheoryData<string>();
        foreach (var spec in Directory.EnumerateFiles(HeldOut, "*.expected.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(Tests, spec));
        }

        return data;
    }

    public static string Full(string relative) => Path.Combine(Tests, relative);
}
