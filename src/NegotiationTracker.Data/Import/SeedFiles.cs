namespace NegotiationTracker.Data.Import;

/// <summary>One entry of the seeds folder: the real path to read, or why it is refused.</summary>
public sealed record SeedFile(string Name, string? RealPath, string? Refusal);

/// <summary>
/// Lists the seeds folder without ever leaving it. A link to a file is resolved all the way (every
/// link in its target too) and refused when it lands outside the folder; a link to a directory is
/// refused, never followed (one such link once pulled thousands of files from /etc into an import).
/// The reader then opens the resolved path, so what is read is what was checked.
/// </summary>
public static class SeedFiles
{
    private const int MaxLinks = 40; // as the kernel's ELOOP: a longer chain is a cycle

    private static readonly StringComparison PathComparison = OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;

    public static IReadOnlyList<SeedFile> List(string directory)
    {
        var root = RealPath(directory);
        var found = new List<SeedFile>();
        var folders = new Stack<string>([root]);
        while (folders.TryPop(out var folder))
        {
            foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos())
            {
                if (entry.Name.StartsWith('.')) { continue; } // editor swap files and dot-folders are not seeds
                var name = Path.GetRelativePath(root, entry.FullName).Replace('\\', '/');
                if (entry.LinkTarget is not null) { found.Add(Link(root, name, entry.FullName)); }
                else if (entry is DirectoryInfo) { folders.Push(entry.FullName); }
                else { found.Add(new SeedFile(name, entry.FullName, null)); }
            }
        }

        return [.. found.OrderBy(f => f.Name, StringComparer.Ordinal)];
    }

    private static SeedFile Link(string root, string name, string path)
    {
        var target = RealPath(path);
        return Directory.Exists(target) ? new SeedFile(name, null, "It is a link to a directory; links to directories are not followed.")
            : !target.StartsWith(root + Path.DirectorySeparatorChar, PathComparison) ? new SeedFile(name, null, "It is a link to a file outside the seeds directory; only files inside it are read.")
            : !File.Exists(target) ? new SeedFile(name, null, "It is a link to a file that does not exist.")
            : new SeedFile(name, target, null);
    }

    /// <summary>The absolute path with every link resolved, component by component (like realpath(3)).</summary>
    public static string RealPath(string path)
    {
        var links = 0;
        var pending = Path.GetFullPath(path);
        while (true)
        {
            var current = Path.GetPathRoot(pending)!;
            var parts = pending[current.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
            var resolvedAll = true;
            for (var i = 0; i < parts.Length; i++)
            {
                var next = Path.Combine(current, parts[i]);
                if (new FileInfo(next).LinkTarget is { } target)
                {
                    if (++links > MaxLinks) { throw new IOException($"Too many links in {path}."); }
                    // A relative target is relative to the link's folder, which is already resolved; then start over on the rest.
                    pending = Path.GetFullPath(Path.Combine([Path.GetFullPath(target, current), .. parts[(i + 1)..]]));
                    resolvedAll = false;
                    break;
                }

                current = next;
            }

            if (resolvedAll) { return current; }
        }
    }
}
