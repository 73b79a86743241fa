using System.Text.Json;
using Json.Schema;
using NegotiationTracker.Extraction.Lexicon;
using NegotiationTracker.Extraction.Tests.Infrastructure;

namespace NegotiationTracker.Extraction.Tests.Lexicon;

/// <summary>Every lexicon file has a JSON Schema and obeys it; the parser refuses a key nothing reads.</summary>
public sealed class LexiconSchemaTests
{
    private static readonly string Folder = Path.Combine(Corpus.Root, "seeds", "lexicon");

    public static TheoryData<string> Files() => [.. LexiconParser.RequiredFiles.Select(f => f["lexicon/".Length..])];

    [Theory]
    [MemberData(nameof(Files))]
    public void LexiconFileObeysItsSchema(string file)
    {
        var schemaPath = Path.Combine(Folder, "schemas", file.Replace(".json", ".schema.json", StringComparison.Ordinal));
        Assert.True(File.Exists(schemaPath), $"{file} has no schema at {schemaPath}");
        var schema = JsonSchema.FromText(File.ReadAllText(schemaPath));
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, file)));
        var result = schema.Evaluate(doc.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(result.IsValid, string.Join("\n", (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
    }

    [Fact]
    public void SchemaRefusesAnUnknownKey()
    {
        var schema = JsonSchema.FromText(File.ReadAllText(Path.Combine(Folder, "schemas", "page.schema.json")));
        using var doc = JsonDocument.Parse("""{"boilerplateLines": [], "captionMarks": [], "notHeadlineLines": [], "bulletMarks": [], "bulletMark": []}""");
        Assert.False(schema.Evaluate(doc.RootElement).IsValid);
    }

    [Fact]
    public void UnknownKeyIsRefusedNamingTheFileAndKey()
    {
        var files = LexiconParser.RequiredFiles.ToDictionary(f => f, f => File.ReadAllText(Path.Combine(Folder, f["lexicon/".Length..])));
        files[LexiconParser.Cues] = files[LexiconParser.Cues].Replace("\"meetingWords\"", "\"meetingWordz\": [], \"meetingWords\"", StringComparison.Ordinal);
        var error = Assert.Throws<LexiconException>(() => LexiconParser.Parse(files));
        Assert.Contains("cues.json", error.Message, StringComparison.Ordinal);
        Assert.Contains("meetingWordz", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CommentKeysAreAllowedAnywhere()
    {
        var files = LexiconParser.RequiredFiles.ToDictionary(f => f, f => File.ReadAllText(Path.Combine(Folder, f["lexicon/".Length..])));
        files[LexiconParser.Cues] = files[LexiconParser.Cues].Replace("\"meetingWords\"", "\"//why\": \"a note\", \"meetingWords\"", StringComparison.Ordinal);
        Assert.NotEmpty(LexiconParser.Parse(files).MeetingWords);
    }
}
