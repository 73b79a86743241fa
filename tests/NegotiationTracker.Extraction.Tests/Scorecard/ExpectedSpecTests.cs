using System.Text.Json;
using Json.Schema;
using NegotiationTracker.Extraction.Tests.Infrastructure;

namespace NegotiationTracker.Extraction.Tests.Scorecard;

/// <summary>The expected-facts specs and source notes are well formed, and the corpus is as broad as promised.</summary>
public sealed class ExpectedSpecTests
{
    private static readonly JsonSchema Schema = JsonSchema.FromText(File.ReadAllText(Reports.Schema));

    [Theory]
    [MemberData(nameof(Reports.Specs), MemberType = typeof(Reports))]
    public void SpecIsValidAgainstTheSchema(string spec) => AssertValid(spec);

    [Theory]
    [MemberData(nameof(Reports.HeldOutSpecs), MemberType = typeof(Reports))]
    public void HeldOutSpecIsValidAgainstTheSchema(string spec) => AssertValid(spec);

    private static void AssertValid(string spec)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Reports.Full(spec)));
        var result = Schema.Evaluate(doc.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        var errors = (result.Details ?? []).Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"));
        Assert.True(result.IsValid, string.Join("\n", errors));
        var file = doc.RootElement.GetProperty("file").GetString()!;
        Assert.True(File.Exists(Path.Combine(Path.GetDirectoryName(Reports.Full(spec))!, file)), $"{spec} names {file}, which is not beside it");
    }

    [Fact]
    public void SchemaRejectsAnUnknownKey()
    {
        using var doc = JsonDocument.Parse("""{"file":"a.txt","negotiation":"A–B","publishedOn":null,"rounds":[],"notRounds":[],"persons":[],"demands":[],"meetings":[]}""");
        Assert.False(Schema.Evaluate(doc.RootElement).IsValid);
    }

    [Fact]
    public void EveryRealReportNamesItsSource()
    {
        foreach (var text in Directory.EnumerateFiles(Reports.RealNews, "*.txt"))
        {
            var source = Path.ChangeExtension(text, ".source.json");
            Assert.True(File.Exists(source), $"{Path.GetFileName(text)} has no .source.json");
            using var doc = JsonDocument.Parse(File.ReadAllText(source));
            foreach (var key in new[] { "outlet", "kind", "url" })
            {
                Assert.False(string.IsNullOrWhiteSpace(doc.RootElement.GetProperty(key).GetString()), $"{source}: {key} is empty");
            }

            // The publication date may be unknown (null) for a page that shows none, but it must be said.
            Assert.True(doc.RootElement.TryGetProperty("publishedOn", out _), $"{source}: publishedOn is missing");

            Assert.True(File.Exists(Path.ChangeExtension(source, null).Replace(".source", ".expected.json", StringComparison.Ordinal)), $"{Path.GetFileName(text)} has no .expected.json");
        }
    }

    [Fact]
    public void RealNewsCorpusCoversManyNegotiationsAndOutlets()
    {
        var sources = Directory.EnumerateFiles(Reports.RealNews, "*.source.json").Select(f => JsonDocument.Parse(File.ReadAllText(f)).RootElement).ToList();
        var negotiations = Directory.EnumerateFiles(Reports.RealNews, "*.expected.json")
            .Select(f => JsonDocument.Parse(File.ReadAllText(f)).RootElement.GetProperty("negotiation").GetString()).Distinct().Count();
        var outlets = sources.Select(s => s.GetProperty("outlet").GetString()!.Trim().ToLowerInvariant()).Distinct().Count();
        Assert.True(sources.Count >= 60, $"{sources.Count} reports");
        Assert.True(negotiations >= 12, $"{negotiations} negotiations");
        Assert.True(outlets >= 20, $"{outlets} outlets");
    }
}
