using System.Drawing;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;

namespace NegotiationTracker.Web.Tests.Infrastructure;

/// <summary>
/// One headless Chromium driven by chromedriver against the running sites, shared by the browser tests (they run
/// one after another: a driver is not thread-safe, and the machine has two cores). Without a browser it starts
/// nothing and every test skips, naming what is missing.
/// </summary>
public sealed class BrowserSession : IAsyncLifetime
{
    public static readonly Size Desktop = new(1280, 900);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private Sites? _sites;
    private ChromeDriver? _driver;

    /// <summary>The site over the repository's seeds.</summary>
    public TimelineSite Seeds => StartedSites().Seeds;

    /// <summary>The site over the larger corpus, started on first use.</summary>
    public TimelineSite Corpus => StartedSites().Corpus;

    // A test may ask for a site before it opens a page: without a browser it skips there too, saying what is missing.
    private Sites StartedSites()
    {
        Assert.SkipWhen(Chromium.MissingReason is not null, Chromium.MissingReason ?? string.Empty);
        return _sites!;
    }

    public ValueTask InitializeAsync()
    {
        if (Chromium.MissingReason is not null) { return ValueTask.CompletedTask; }

        _sites = new Sites();
        var options = new ChromeOptions { BinaryLocation = Chromium.Browser };
        // --no-sandbox: CI runs as root, where Chromium refuses its sandbox; the page under test is our own.
        options.AddArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--lang=en-GB");
        options.SetLoggingPreference(LogType.Browser, LogLevel.All);
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(Chromium.Driver)!, Path.GetFileName(Chromium.Driver)!);
        service.SuppressInitialDiagnosticInformation = true;
        _driver = new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
        return ValueTask.CompletedTask;
    }

    /// <summary>Loads the page afresh at a hash URL ("#/rounds/3") in a desktop-sized window; skips without a browser.</summary>
    public IWebDriver Open(string hash = "", Size? window = null, bool corpus = false)
    {
        Assert.SkipWhen(Chromium.MissingReason is not null, Chromium.MissingReason ?? string.Empty);
        var driver = _driver!;
        driver.Manage().Window.Size = window ?? Desktop;
        driver.Navigate().GoToUrl("about:blank");
        driver.Navigate().GoToUrl(new Uri((corpus ? Corpus : Seeds).Address, "/" + hash));
        Until(d => d.FindElements(By.CssSelector("main h1")).Count > 0, $"no view rendered at /{hash}");
        return driver;
    }

    /// <summary>Waits for a condition of the page to give a value, failing with what was awaited and what the page showed.</summary>
    public T Until<T>(Func<IWebDriver, T?> condition, string what) where T : class => Wait(what, w => w.Until(condition))!;

    /// <summary>Waits for a condition of the page to hold, failing with what was awaited and what the page showed.</summary>
    public void Until(Func<IWebDriver, bool> condition, string what) => Wait(what, w => w.Until(condition));

    /// <summary>Errors the page logged: a script failure, a refused request, a resource the security policy blocked.</summary>
    public IReadOnlyList<string> ConsoleErrors() =>
        [.. _driver!.Manage().Logs.GetLog(LogType.Browser).Where(e => e.Level >= LogLevel.Warning).Select(e => e.Message)];

    // Generous: `dotnet test` runs the test projects side by side on a shared two-core machine, and a page that
    // renders in 50 ms alone can take seconds then. A condition that never holds still fails, with the page's state.
    private T Wait<T>(string what, Func<WebDriverWait, T> until)
    {
        var wait = new WebDriverWait(_driver!, Patience);
        wait.IgnoreExceptionTypes(typeof(NoSuchElementException), typeof(StaleElementReferenceException));
        try
        {
            return until(wait);
        }
        catch (WebDriverTimeoutException)
        {
            var main = _driver!.FindElements(By.TagName("main")).FirstOrDefault()?.Text ?? "(no main element)";
            throw new WebDriverTimeoutException($"Waited {Patience.TotalSeconds} s for {what}. URL: {_driver.Url}\nPage: {main[..Math.Min(main.Length, 400)]}\n"
                + $"Console: {string.Join(" | ", ConsoleErrors())}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        _driver?.Quit();
        _driver?.Dispose();
        if (_sites is not null) { await _sites.DisposeAsync(); }
    }
}

[CollectionDefinition(Name)]
public sealed class SharedBrowser : ICollectionFixture<BrowserSession>
{
    public const string Name = "Browser";
}
