using NegotiationTracker.Data.Import;

namespace NegotiationTracker.Api.Import;

/// <summary>
/// A long import's progress on stderr, so a person at a terminal sees it is working. Quiet for a
/// few hundred files or fewer (they take a second), and whenever stderr is not a terminal: a script
/// or a log wants the report and errors, not progress lines.
/// </summary>
internal sealed class ImportProgressPrinter(TextWriter error, bool isTerminal, TimeProvider clock) : IProgress<ImportProgress>
{
    /// <summary>Imports of more files than this print their progress.</summary>
    public const int MinFiles = 300;

    private readonly long _start = clock.GetTimestamp();
    private bool _quiet = !isTerminal;

    public void Report(ImportProgress value)
    {
        if (value.Phase == ImportProgress.FilesRead && value.Count <= MinFiles) { _quiet = true; }
        if (_quiet) { return; }

        error.WriteLine($"import: {value.Count:N0} {value.Phase} ({clock.GetElapsedTime(_start).TotalSeconds:F1} s)");
        error.Flush();
    }
}
