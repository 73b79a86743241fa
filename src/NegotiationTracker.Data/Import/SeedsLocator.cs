namespace NegotiationTracker.Data.Import;

/// <summary>Finds the repository's <c>seeds/</c> so a fresh clone works without configuration.</summary>
public static class SeedsLocator
{
    /// <summary>
    /// A configured directory wins (relative to <paramref name="contentRoot"/>). Otherwise walk up from the
    /// content root, then from the binaries, to the folder that holds both the solution and <c>seeds/</c>.
    /// </summary>
    public static string Resolve(string? configured, string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured, contentRoot);
        }

        foreach (var start in new[] { contentRoot, AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var seeds = Path.Combine(dir.FullName, "seeds");
                if (Directory.Exists(seeds) && File.Exists(Path.Combine(dir.FullName, "NegotiationTracker.sln")))
                {
                    return seeds;
                }
            }
        }

        return Path.GetFullPath("seeds", contentRoot);
    }
}
