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

    /// <summary>One of the named edits the import tests replay (each changes what some facts say or cite).</summary>
    public void Apply(string edit)
    {
        switch (edit)
        {
            case "an article removed": File.Delete(PathOf("001_")); break;
            case "a city changed": Edit("001_", text => text.Replace("Istanbul", "Geneva", StringComparison.Ordinal)); break;
            case "a sentence added": Edit("002_", text => text + "\nThe delegations met again and the talks were described as constructive.\n"); break;
            case "a sentence reworded": Edit("002_", text => text.Replace("ceasefire", "truce", StringComparison.Ordinal)); break;
            case "a person renamed": Edit("001_", text => text.Replace("Umerov", "Umerovich", StringComparison.Ordinal)); break;
            case "an article added":
                File.Copy(PathOf("003_"), Path.Combine(Directory, "009_copy.txt"));
                Edit("009_", text => text.Replace("2025", "2024", StringComparison.Ordinal));
                break;
            default: throw new ArgumentException($"No such edit: {edit}.", nameof(edit));
        }
    }

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
