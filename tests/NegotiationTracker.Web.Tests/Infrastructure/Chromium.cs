namespace NegotiationTracker.Web.Tests.Infrastructure;

/// <summary>
/// Finds Debian's chromium and chromedriver (scripts/install-browser installs them; .ci/run calls it), or says
/// why the browser tests cannot run. CHROMIUM and CHROMEDRIVER name other binaries.
/// </summary>
internal static class Chromium
{
    public static string? Browser { get; } = Find("CHROMIUM", "chromium", "chromium-browser", "google-chrome");

    public static string? Driver { get; } = Find("CHROMEDRIVER", "chromedriver");

    /// <summary>Null when both are there; otherwise the message a skipped test shows.</summary>
    public static string? MissingReason => Browser is not null && Driver is not null ? null
        : $"Browser tests need Chromium and chromedriver, and {(Browser is null ? "chromium" : "chromedriver")} is not on PATH: "
          + "run scripts/install-browser as root (Debian's chromium and chromium-driver), or set CHROMIUM and CHROMEDRIVER.";

    private static string? Find(string variable, params string[] names)
    {
        if (Environment.GetEnvironmentVariable(variable) is { Length: > 0 } given)
        {
            return File.Exists(given) ? given : null;
        }

        var folders = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return names.SelectMany(name => folders.Select(folder => Path.Combine(folder, name))).FirstOrDefault(File.Exists);
    }
}
