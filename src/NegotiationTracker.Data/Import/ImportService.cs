using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using NegotiationTracker.Data.Articles;
using NegotiationTracker.Extraction;
using NegotiationTracker.Extraction.Claims;
using NegotiationTracker.Extraction.Consolidation;
using NegotiationTracker.Extraction.Lexicon;

namespace NegotiationTracker.Data.Import;

/// <summary>
/// One import, start to end: read every seed file, refuse them all if any is bad, extract, and
/// write everything in one transaction. One import at a time per process; SQLite's WAL keeps
/// readers on the last committed state until the commit.
/// </summary>
/// <param name="readModel">Renders the answers the import stores in the read model (the API's; none for tools that only time the import).</param>
/// <param name="claims">Claims of articles read by earlier imports: an article whose text did not change is not read again while the lexicon stays the same.</param>
public sealed class ImportService(TrackerDbContext db, TimeProvider clock, ClaimsCache claims, ReadModel.IReadModelRenderer? readModel = null)
{
    // One import at a time per database (not per process: tests and tools may host several databases).
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Gates = new(StringComparer.Ordinal);

    private SemaphoreSlim Gate => Gates.GetOrAdd(db.Database.GetConnectionString() ?? string.Empty, _ => new SemaphoreSlim(1, 1));

    /// <summary>Imports, waiting for an import already running in this process to finish first.</summary>
    /// <param name="progress">Told after each phase (files read, articles extracted, rows written), for a long import's command line.</param>
    public async Task<ImportReport> ImportAsync(string seedsDirectory, long maxFileBytes, bool dryRun, CancellationToken ct, IProgress<ImportProgress>? progress = null)
    {
        await Gate.WaitAsync(ct);
        return await RunHoldingGateAsync(seedsDirectory, maxFileBytes, dryRun, ct, progress);
    }

    /// <summary>Imports, or returns null at once when another import is running (the API answers 409).</summary>
    public async Task<ImportReport?> TryImportAsync(string seedsDirectory, long maxFileBytes, bool dryRun, CancellationToken ct) =>
        await Gate.WaitAsync(0, ct) ? await RunHoldingGateAsync(seedsDirectory, maxFileBytes, dryRun, ct) : null;

    private async Task<ImportReport> RunHoldingGateAsync(string seedsDirectory, long maxFileBytes, bool dryRun, CancellationToken ct, IProgress<ImportProgress>? progress = null)
    {
        var watch = Stopwatch.StartNew();
        try
        {
            var report = await RunAsync(seedsDirectory, maxFileBytes, dryRun, progress, ct);
            return report with { DurationMs = watch.ElapsedMilliseconds };
        }
        finally
        {
            db.ChangeTracker.Clear();
            Gate.Release();
        }
    }

    private async Task<ImportReport> RunAsync(string seedsDirectory, long maxFileBytes, bool dryRun, IProgress<ImportProgress>? progress, CancellationToken ct)
    {
        var phases = new SortedDictionary<string, long>(StringComparer.Ordinal);
        var watch = Stopwatch.StartNew();
        var seeds = await SeedDirectoryReader.ReadAsync(seedsDirectory, maxFileBytes, ct);
        var report = new ImportReport { ArticlesRead = seeds.Articles.Count, DryRun = dryRun };
        progress?.Report(new ImportProgress(ImportProgress.FilesRead, seeds.Articles.Count + seeds.LexiconFiles.Count));
        var errors = seeds.Errors.ToList();
        if (seeds.Articles.Count == 0 && errors.Count == 0) { errors.Add(new ImportError(seedsDirectory, "The seeds directory holds no article (*.txt).")); }
        ExtractionLexicon? lexicon = null;
        try
        {
            lexicon = LexiconCache.Get(seeds.LexiconFiles);
        }
        catch (LexiconException e)
        {
            errors.Add(new ImportError(e.File, e.Problem));
        }

        if (errors.Count > 0 || lexicon is null) { return report with { Errors = errors }; }

        var stored = await db.Articles.AsNoTracking().ToDictionaryAsync(a => a.File, a => a.Sha256, StringComparer.Ordinal, ct);
        var skipped = seeds.Articles.Where(a => stored.GetValueOrDefault(a.Article.File) == a.Sha256).Select(a => $"{a.Article.File}: unchanged (same SHA-256)").ToList();
        var seedsHash = seeds.Hash();
        if (await db.ImportStates.AsNoTracking().AnyAsync(s => s.SeedsHash == seedsHash, ct))
        {
            return report with { Skipped = skipped, Unchanged = await KnowledgeBaseCounts.OfAsync(db, ct) };
        }

        // Pure and in memory: nothing is written until the knowledge base is whole.
        phases["read"] = watch.ElapsedMilliseconds;
        KnowledgeBase kb;
        try
        {
            kb = KnowledgeBaseBuilder.Build([.. seeds.Articles.Select(a => a.Article)], lexicon, claims);
        }
        catch (Exception e) when (ExtractionErrors.From(e, lexicon) is { } error)
        {
            return report with { Errors = [error] };
        }

        phases["extract"] = watch.ElapsedMilliseconds - phases["read"];
        progress?.Report(new ImportProgress(ImportProgress.ArticlesExtracted, seeds.Articles.Count));

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var tally = new ChangeTally();
        var articleIds = await ArticleWriter.SyncAsync(db, seeds.Articles, clock.GetUtcNow(), tally, ct);
        await new KnowledgeBaseWriter(db, articleIds, tally).WriteAsync(kb, ct);
        if (tally.AnyChange) { await Search.EvidenceIndex.RebuildAsync(db, ct); }
        await ImportState.RecordAsync(db, seedsHash, tally.AnyChange, clock.GetUtcNow(), ct);
        await ReadModel.ReadModelWriter.RefreshAsync(db, readModel, ct);
        if (dryRun) { await transaction.RollbackAsync(ct); } else { await transaction.CommitAsync(ct); }

        phases["write"] = watch.ElapsedMilliseconds - phases["read"] - phases["extract"];
        report = tally.ApplyTo(report) with { Skipped = skipped, PhasesMs = phases };
        progress?.Report(new ImportProgress(ImportProgress.RowsWritten, report.Added.Values.Sum() + report.Updated.Values.Sum() + report.Removed.Values.Sum()));
        return report with { ArticlesChanged = report.Added.GetValueOrDefault("articles") + report.Updated.GetValueOrDefault("articles") };
    }
}
