using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using NegotiationTracker.Data.Articles;

namespace NegotiationTracker.Data.Import;

/// <summary>
/// One import, start to end: read the seeds, refuse them all if any file is bad, otherwise write
/// everything in one transaction. One import at a time per process; SQLite's WAL keeps readers on
/// the last committed state while it runs.
/// </summary>
public sealed class ImportService(TrackerDbContext db, TimeProvider clock)
{
    private static readonly SemaphoreSlim Gate = new(1, 1);

    /// <summary>Whether an import is running in this process right now.</summary>
    public static bool IsRunning => Gate.CurrentCount == 0;

    public async Task<ImportReport> ImportAsync(string seedsDirectory, long maxFileBytes, bool dryRun, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        await Gate.WaitAsync(ct);
        try
        {
            var seeds = await SeedDirectoryReader.ReadAsync(seedsDirectory, maxFileBytes, ct);
            var report = new ImportReport { ArticlesRead = seeds.Articles.Count, DryRun = dryRun, Errors = seeds.Errors };
            if (seeds.Errors.Count > 0)
            {
                return report with { DurationMs = watch.ElapsedMilliseconds };
            }

            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var tally = new ChangeTally();
            await ArticleWriter.SyncAsync(db, seeds.Articles, clock.GetUtcNow(), tally, ct);
            report = tally.ApplyTo(report);
            report = report with { ArticlesChanged = report.Added.GetValueOrDefault("articles") + report.Updated.GetValueOrDefault("articles") };
            if (dryRun)
            {
                await transaction.RollbackAsync(ct);
            }
            else
            {
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
            }

            db.ChangeTracker.Clear();
            return report with { DurationMs = watch.ElapsedMilliseconds };
        }
        finally
        {
            Gate.Release();
        }
    }
}
