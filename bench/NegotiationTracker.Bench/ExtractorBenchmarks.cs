using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Running;
using NegotiationTracker.Extraction;
using NegotiationTracker.Extraction.Articles;
using NegotiationTracker.Extraction.Claims;
using NegotiationTracker.Extraction.Lexicon;

namespace NegotiationTracker.Bench;

/// <summary>Micro-benchmarks of the pure extractor on the five seed articles (warm, in memory).</summary>
[MemoryDiagnoser]
public class ExtractorBenchmarks
{
    private IReadOnlyList<SeedArticle> _articles = [];
    private ExtractionLexicon _lexicon = null!;

    public static int Run(string[] args)
    {
        BenchmarkRunner.Run<ExtractorBenchmarks>(args: args);
        return 0;
    }

    [GlobalSetup]
    public void Setup() => (_articles, _lexicon) = Seeds.LoadAsync(Seeds.Repository).GetAwaiter().GetResult();

    [Benchmark(Description = "read one article (004)")]
    public ArticleClaims ReadOneArticle() => ArticleReader.Read(_articles[4], _lexicon);

    [Benchmark(Description = "build knowledge base from the five seeds")]
    public object BuildFromSeeds() => KnowledgeBaseBuilder.Build(_articles, _lexicon);
}
