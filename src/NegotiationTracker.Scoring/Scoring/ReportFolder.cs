using NegotiationTracker.Extraction.Articles;
using NegotiationTracker.Scoring.Expected;

namespace NegotiationTracker.Scoring.Scoring;

/// <summary>A folder of reports: every <c>&lt;slug&gt;.txt</c> that has a <c>&lt;slug&gt;.expected.json</c> beside it.</summary>
public static class ReportFolder
{
    public static IReadOnlyList<(SeedArticle Report, ExpectedReport Expected, string SpecPath)> Read(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*.expected.json").Order(StringComparer.Ordinal).Select(spec =>
        {
            var expected = ExpectedReport.Parse(File.ReadAllText(spec));
            var text = Path.Combine(folder, expected.File);
            return (new SeedArticle(expected.File, File.ReadAllText(text)), expected, spec);
        })];
}
