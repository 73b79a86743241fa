using NegotiationTracker.Scoring.Floors;
using NegotiationTracker.Scoring.Scoring;

namespace NegotiationTracker.Bench;

/// <summary>
/// Scores the extractor on a folder of reports with expected facts (see the RealNews README) and prints
/// the scorecard; with --ratchet, raises each report's floor to what it reaches now.
/// </summary>
internal static class ScoreCommand
{
    public static async Task<int> RunAsync(string folder, string? lexicon, bool ratchet, bool rebase, bool quiet)
    {
        var (_, lex) = await Seeds.LoadAsync(lexicon ?? Seeds.Repository);
        var reports = ReportFolder.Read(folder);
        var scores = reports.Select(r => ReportScorer.Score(r.Report, r.Expected, lex)).ToList();
        Console.WriteLine(new Scorecard(scores).Render(misses: !quiet));
        var below = reports.Zip(scores).Select(p => (p.First.Report.File, Failures: p.Second.BelowFloor(p.First.Expected.Floor)))
            .Where(p => p.Failures.Count > 0).ToList();
        foreach (var (file, failures) in below) { await Console.Error.WriteLineAsync($"below floor: {file}: {string.Join("; ", failures)}"); }
        if (ratchet || rebase)
        {
            var raised = reports.Zip(scores).Count(p => FloorRatchet.Raise(p.First.SpecPath, p.Second, rebase));
            await Console.Error.WriteLineAsync($"floors raised in {raised} of {reports.Count} specs");
        }

        return below.Count == 0 || rebase ? 0 : 1;
    }
}
