using OpenQA.Selenium;

namespace NegotiationTracker.Web.Tests.Infrastructure;

/// <summary>
/// Screenshots of what the tests saw, in TestResults/screenshots at the repository root (git ignores it), or in
/// SCREENSHOTS_DIR: a failing browser test is much quicker to understand from a picture.
/// </summary>
internal static class Screenshots
{
    public static string Folder { get; } = Environment.GetEnvironmentVariable("SCREENSHOTS_DIR") is { Length: > 0 } given
        ? given
        : Path.Combine(Repository.Find() ?? AppContext.BaseDirectory, "TestResults", "screenshots");

    public static string Save(IWebDriver driver, string name)
    {
        Directory.CreateDirectory(Folder);
        var path = Path.Combine(Folder, name + ".png");
        ((ITakesScreenshot)driver).GetScreenshot().SaveAsFile(path);
        TestContext.Current.SendDiagnosticMessage($"Screenshot: {path}");
        return path;
    }
}
