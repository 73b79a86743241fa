namespace NegotiationTracker.Api.Tests.Infrastructure;

/// <summary>A temporary copy of the repository's seeds (articles and lexicon) that a test may edit.</summary>
public sealed class SeedsCopy : IDisposable
{
    public SeedsCopy()
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("nt-seeds-").FullName;
        foreach (var file in System.IO.Directory.EnumerateFiles(TrackerApiFactory.RepositorySeeds, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Directory, Path.GetRelativePath(TrackerApiFactory.RepositorySeeds, file));
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public string Directory { get; }

    public string PathOf(string prefix) => System.IO.Directory.EnumerateFiles(Directory, prefix + "*.txt").Single();

    public void Edit(string prefix, Func<string, string> change)
    {
        var path = PathOf(prefix);
        File.WriteAllText(path, change(File.ReadAllText(path)));
    }

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
