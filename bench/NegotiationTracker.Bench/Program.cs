using System.CommandLine;
using NegotiationTracker.Bench;

var articles = new Argument<string>("articles") { Description = "Folder of *.txt articles." };
var lexicon = new Option<string?>("--lexicon") { Description = "Seeds folder whose lexicon/ to use (default: the repository's seeds/)." };
var extract = new Command("extract", "Print the knowledge base the extractor reads from a folder of articles.") { articles, lexicon };
extract.SetAction((r, _) => ExtractCommand.RunAsync(r.GetValue(articles)!, r.GetValue(lexicon)));

var articleOrFolder = new Argument<string>("path") { Description = "One *.txt article or a folder of them." };
var claims = new Command("claims", "Print what each article claims on its own, before consolidation (for finding why a rule misreads a report).") { articleOrFolder, lexicon };
claims.SetAction((r, _) => ClaimsCommand.RunAsync(r.GetValue(articleOrFolder)!, r.GetValue(lexicon)));

var output = new Option<string>("--out") { Description = "Folder to write the corpus to (articles plus a copy of the lexicon).", DefaultValueFactory = _ => Path.Combine(Path.GetTempPath(), "nt-corpus") };
var count = new Option<int>("--count") { Description = "How many articles.", DefaultValueFactory = _ => 2000 };
var seed = new Option<int>("--seed") { Description = "Random seed; the same seed writes the same corpus.", DefaultValueFactory = _ => 42 };
var corpus = new Command("corpus", "Write a deterministic corpus of generated articles.") { output, count, seed };
corpus.SetAction(async (r, _) =>
{
    await new CorpusGenerator(Path.Combine(Seeds.Repository, "lexicon"), r.GetValue(seed)).WriteAsync(r.GetValue(output)!, r.GetValue(count));
    Console.WriteLine($"wrote {r.GetValue(count)} articles to {r.GetValue(output)}");
    return 0;
});

var seedsDir = new Option<string>("--seeds") { Description = "Seeds folder to import (articles and lexicon/).", DefaultValueFactory = _ => Path.Combine(Path.GetTempPath(), "nt-corpus") };
var repeats = new Option<int>("--repeats") { Description = "How many runs; medians are printed.", DefaultValueFactory = _ => 5 };
var readModel = new Option<bool>("--read-model") { Description = "Write the read model as the API's imports do (--read-model false: the facts only).", DefaultValueFactory = _ => true };
var import = new Command("import", "Time full, unchanged and one-edit imports into fresh SQLite databases.") { seedsDir, repeats, readModel };
import.SetAction((r, _) => ImportHarness.RunAsync(r.GetValue(seedsDir)!, r.GetValue(repeats), r.GetValue(readModel)));

var micro = new Command("micro", "BenchmarkDotNet micro-benchmarks of the extractor (pass BenchmarkDotNet options after --).");
micro.TreatUnmatchedTokensAsErrors = false;
micro.SetAction(r => ExtractorBenchmarks.Run([.. r.UnmatchedTokens]));

var reportsDir = new Argument<string>("reports") { Description = "Folder of <slug>.txt reports with <slug>.expected.json specs." };
var ratchet = new Option<bool>("--ratchet") { Description = "Raise each report's floor to what the extractor reaches now (never lowers one)." };
var rebase = new Option<bool>("--rebase") { Description = "Set each report's floor to what the extractor reaches now, even lower: for a deliberate trade, reviewed in the diff." };
var quiet = new Option<bool>("--quiet") { Description = "Print only the table and the SCORE line, not each report's misses." };
var score = new Command("score", "Score the extractor against expected facts: recall and precision per field, misses per report.") { reportsDir, lexicon, ratchet, rebase, quiet };
score.SetAction((r, _) => ScoreCommand.RunAsync(r.GetValue(reportsDir)!, r.GetValue(lexicon), r.GetValue(ratchet), r.GetValue(rebase), r.GetValue(quiet)));

var root = new RootCommand("NegotiationTracker benchmarks and tools.") { extract, claims, corpus, import, micro, score };
return await root.Parse(args).InvokeAsync();
