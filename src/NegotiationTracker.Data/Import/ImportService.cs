using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NegotiationTracker.Data.Articles;
using NegotiationTracker.Data.History;
using NegotiationTracker.Data.Providers;
using NegotiationTracker.Extraction;
using NegotiationTracker.Extraction.Claims;
using NegotiationTracker.Extraction.Consolidation;
using NegotiationTracker.Extraction.Lexicon;

namespace NegotiationTracker.Data.Import;

/// <summary>
/// One import, start to end: read every seed file, refuse them all if any is bad, extract, and
/// write everything in one transaction. One import at a time per database, across processes too
/// (<see cref="IDatabaseEngine.LockImportAsync"/>); readers stay on the last committed state until the commit.
/// </summary>
/// <param name="readModel">Renders the answers the import stores in the read model (the API's; none for tools that only time the import).</param>
/// <param name="claims">Claims of articles read by earlier imports: an article whose text did not change is not read again while the lexicon stays the same.</param>
/// <param name="provider">The database engine: its cross-process import lock and its search index.</param>
/// <param name="history">How many imports the history keeps (default 100).</param>
public sealed class ImportService(TrackerDbContext db, TimeProvider clock, ClaimsCache claims, IDatabaseEngine provider, IOptions<HistoryOptions>? history = null,
    ReadModel.IReadModelRenderer? readModel = null)
{
    // One import at a time per database in this process (tests and tools may host several databases), before the engine's lock.
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Gates = new(StringComparer.Ordinal);

    private SemaphoreSlim Gate => Gates.GetOrAdd(db.Database.GetConnectionString() ?? string.Empty, _ => new SemaphoreSlim(1, 1));

    /// <summary>Imports, waiting for an import already running (in this process or another) to finish first.</summary>
    /// <param name="progress">Told after each phase (files read, articles extracted, rows written), for a long import's command line.</param>
    /// <param name="trigger">How the import was started, for the history.</param>
    public async Task<ImportReport> ImportAsync(string seedsDirectory, long maxFileBytes, bool dryRun, CancellationToken ct, IProgress<ImportProgress>? progress = null,
        ImportTrigger trigger = ImportTrigger.Other)
    {
        await Gate.WaitAsync(ct);
        var lease = await LockOrReleaseGateAsync(wait: true, ct);
        return await RunHoldingLockAsync(lease!, seedsDirectory, maxFileBytes, dryRun, trigger, ct, progress);
    }

    /// <summary>Imports, or returns null at once when another import is running, here or in another process (the API answers 409).</summary>
    public async Task<ImportReport?> TryImportAsync(string seedsDirectory, long maxFileBytes, bool dryRun, CancellationToken ct, ImportTrigger trigger = ImportTrigger.Other) =>
        await Gate.WaitAsync(0, ct) && await LockOrReleaseGateAsync(wait: false, ct) is { } lease
            ? await RunHoldingLockAsync(lease, seedsDirectory, maxFileBytes, dryRun, trigger, ct)
            : null;

    private async Task<IAsyncDisposable?> LockOrReleaseGateAsync(bool wait, CancellationToken ct)
    {
        IAsyncDisposable? lease = null;
        try
        {
            lease = await provider.LockImportAsync(db, wait, ct);
            return lease;
        }
        finally
        {
            if (lease is null) { Gate.Release(); }
        }
    }

    private async Task<ImportReport> RunHoldingLockAsync(IAsyncDisposable lease, string seedsDirectory, long maxFileBytes, bool dryRun, ImportTrigger trigger, CancellationToken ct, IProgress<ImportProgress>? progress = null)
    {
        var watch = Stopwatch.StartNew();
        try
        {
            var report = await RunAsync(seedsDirectory, maxFileBytes, dryRun, trigger, progress, ct);
            return report with { DurationMs = watch.ElapsedMilliseconds };
        }
        finally
        {
            db.ChangeTracker.Clear();
            await lease.DisposeAsync();
            Gate.Release();
        }
    }

    private async Task<ImportReport> RunAsync(string seedsDirectory, long maxFileBytes, bool dryRun, ImportTrigger trigger, IProgress<ImportProgress>? progress, CancellationToken ct)
    {
        var started = clock.GetUtcNow();
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
        var journal = await ImportHistory.BeginAsync(db, trigger, started, ct);
        var files = await SeedFileChanges.SyncAsync(db, stored, seeds, ct);
        var articleIds = await ArticleWriter.SyncAsync(db, seeds.Articles, lexicon.Page, clock.GetUtcNow(), tally, journal, ct);
        await new KnowledgeBaseWriter(db, articleIds, tally, journal, clock.GetUtcNow()).WriteAsync(kb, ct);
        var changes = await ImportHistory.FinishAsync(db, journal, tally.ApplyTo(report), files, history?.Value.MaxImports ?? new HistoryOptions().MaxImports, clock.GetUtcNow(), ct);
        await ImportState.RecordAsync(db, seedsHash, tally.AnyChange, clock.GetUtcNow(), ct);
        var touches = ReadModel.ImportTouches.From(changes, journal.Rewritten);
        // Parts of "write": the search index's and the read model's shares of it.
        var searchStart = watch.ElapsedMilliseconds;
        if (tally.AnyChange) { await provider.Search.RefreshAsync(db, touches, ct); }
        phases["search"] = watch.ElapsedMilliseconds - searchStart;
        await ReadModel.ReadModelWriter.RefreshAsync(db, readModel, ct, touches);
        phases["readModel"] = watch.ElapsedMilliseconds - searchStart - phases["search"];
        if (dryRun) { await transaction.RollbackAsync(ct); } else { await transaction.CommitAsync(ct); }

        phases["write"] = watch.ElapsedMilliseconds - phases["read"] - phases["extract"];
        report = tally.ApplyTo(report) with
        {
            Skipped = skipped, PhasesMs = phases, Files = files, Changes = changes, ImportId = dryRun || !tally.AnyChange ? null : journal.ImportId,
        };
        progress?.Report(new ImportProgress(ImportProgress.RowsWritten, report.Added.Values.Sum() + report.Updated.Values.Sum() + report.Removed.Values.Sum()));
        return report with { ArticlesChanged = report.Added.GetValueOrDefault("articles") + report.Updated.GetValueOrDefault("articles") };
    }
}
