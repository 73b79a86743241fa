using NegotiationTracker.Data.Import;

namespace NegotiationTracker.Api.Import;

/// <summary>The import report for people: what changed per entity type, what was skipped and why.</summary>
internal static class ImportReportPrinter
{
    public static void Print(ImportReport report, string directory, TextWriter output)
    {
        output.WriteLine($"{(report.DryRun ? "Dry run of import" : "Import")} from {directory}: {(report.Succeeded ? "succeeded" : "refused, nothing changed")} in {report.DurationMs} ms");
        output.WriteLine($"  articles read: {report.ArticlesRead}, changed: {report.ArticlesChanged}");
        var entities = report.Added.Keys.Concat(report.Updated.Keys).Concat(report.Removed.Keys).Concat(report.Unchanged.Keys).Distinct().Order(StringComparer.Ordinal);
        foreach (var entity in entities)
        {
            output.WriteLine($"  {entity,-13} added {report.Added.GetValueOrDefault(entity),4}  updated {report.Updated.GetValueOrDefault(entity),4}  "
                + $"removed {report.Removed.GetValueOrDefault(entity),4}  unchanged {report.Unchanged.GetValueOrDefault(entity),4}");
        }

        foreach (var skipped in report.Skipped) { output.WriteLine($"  skipped {skipped}"); }
        foreach (var error in report.Errors) { output.WriteLine($"  bad file {error.File}: {error.Message}"); }
    }
}
