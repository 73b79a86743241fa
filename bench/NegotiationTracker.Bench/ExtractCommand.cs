using System.Text.Encodings.Web;
using System.Text.Json;
using NegotiationTracker.Extraction;

namespace NegotiationTracker.Bench;

/// <summary>Prints what the extractor reads from a folder of articles, as JSON: for checking rules on new text.</summary>
internal static class ExtractCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task<int> RunAsync(string articles, string? lexicon)
    {
        var (_, lex) = await Seeds.LoadAsync(lexicon ?? Seeds.Repository);
        var texts = Directory.EnumerateFiles(articles, "*.txt").Order(StringComparer.Ordinal)
            .Select(f => new Extraction.Articles.SeedArticle(Path.GetFileName(f), File.ReadAllText(f))).ToList();
        Console.WriteLine(JsonSerializer.Serialize(KnowledgeBaseBuilder.Build(texts, lex), Json));
        return 0;
    }
}
