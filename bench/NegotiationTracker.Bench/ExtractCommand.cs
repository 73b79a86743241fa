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
        // What reading costs goes to stderr, so the JSON on stdout stays clean: elapsed, allocated, the collector's share.
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var kb = KnowledgeBaseBuilder.Build(texts, lex);
        Console.Error.WriteLine($"read {texts.Count} articles in {watch.ElapsedMilliseconds} ms, allocated {GC.GetTotalAllocatedBytes() >> 20} MB, paused {GC.GetTotalPauseDuration().TotalMilliseconds:F0} ms, gen0/1/2 {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}, cpu {Environment.CpuUsage.TotalTime.TotalMilliseconds:F0} ms");
        Console.WriteLine(JsonSerializer.Serialize(kb, Json));
        return 0;
    }
}
