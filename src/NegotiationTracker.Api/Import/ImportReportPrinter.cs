using NegotiationTracker.Data.Import;

namespace NegotiationTracker.Api.Import;

/// <summary>
/// The import report for people: what changed per entity type, what was skipped and why, the seed
/// files that changed and each change as the history records it (a dry run: as it would record it).
/// </summary>
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
        foreach (var file in report.Files) { output.WriteLine($"  file {file.Change} {file.File} {Short(file.Before)} -> {Short(file.After)}"); }
        if (report.ImportId is { } id) { output.WriteLine($"  recorded as import {id} (GET /api/imports/{id})"); }
        if (report.Changes.Count > 0) { output.WriteLine($"  changes{(report.DryRun ? " it would record" : string.Empty)}: {report.Changes.Count}"); }
        foreach (var change in report.Changes)
        {
            output.WriteLine(change.Field is null
                ? $"    {change.Kind} {change.Entity} {change.Id} {change.Key}"
                : $"    {change.Kind} {change.Entity} {change.Id} {change.Field}: {change.Before ?? "null"} -> {change.After ?? "null"}");
        }

        foreach (var error in report.Errors) { output.WriteLine($"  bad file {error.File}: {error.Message}"); }
    }

    private static string Short(string? sha256) => sha256 is null ? "-" : sha256[..Math.Min(12, sha256.Length)];
}
