namespace NegotiationTracker.Web.Tests.Infrastructure;

/// <summary>
/// A larger seeds folder for the timeline's harder cases: the seeds plus the articles written for the extraction
/// tests (eight more negotiations, rounds known only to the month, a round without a date). Only those thirteen:
/// the suite's projects run side by side on two cores, and a bigger import here starves the other tests.
/// </summary>
internal sealed class Corpus : IDisposable
{
    public Corpus()
    {
        var root = Repository.Root;
        Directory = System.IO.Directory.CreateTempSubdirectory("nt-web-corpus-").FullName;
        Copy(Path.Combine(root, "seeds"), Directory, "*", SearchOption.AllDirectories);
        Copy(Path.Combine(root, "tests", "NegotiationTracker.Extraction.Tests", "Articles"), Directory, "*.txt", SearchOption.TopDirectoryOnly);
    }

    public string Directory { get; }

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);

    private static void Copy(string from, string to, string pattern, SearchOption depth)
    {
        foreach (var file in System.IO.Directory.EnumerateFiles(from, pattern, depth))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }
}

/// <summary>The repository this test runs from (the folder holding NegotiationTracker.sln).</summary>
internal static class Repository
{
    public static string Root { get; } = Find() ?? throw new InvalidOperationException("NegotiationTracker.sln not found above " + AppContext.BaseDirectory);

    public static string? Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "NegotiationTracker.sln"))) { return folder.FullName; }
        }

        return null;
    }
}
