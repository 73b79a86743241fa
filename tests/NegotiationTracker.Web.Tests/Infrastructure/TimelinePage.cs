using System.Globalization;
using OpenQA.Selenium;

namespace NegotiationTracker.Web.Tests.Infrastructure;

/// <summary>A round's mark as the browser laid it out: centre in CSS pixels, lane, and its text label.</summary>
public sealed record Mark(int RoundId, string Date, double X, double Y, string Lane, string Label);

/// <summary>What the tests read off the timeline, in one place so they state behaviours, not selectors.</summary>
internal static class TimelinePage
{
    public static List<Mark> Marks(IWebDriver driver) =>
        [.. driver.FindElements(By.CssSelector("svg.chart a.mark")).Select(a =>
        {
            var shape = a.FindElement(By.CssSelector("circle, rect"));
            return new Mark(
                int.Parse(a.GetDomAttribute("data-round-id")!, CultureInfo.InvariantCulture), a.GetDomAttribute("data-date")!,
                shape.Location.X + (shape.Size.Width / 2.0), shape.Location.Y + (shape.Size.Height / 2.0),
                a.FindElement(By.XPath("ancestor::*[@data-lane][1]")).GetDomAttribute("data-lane")!, a.GetDomAttribute("aria-label")!);
        }).OrderBy(m => m.X)];

    /// <summary>The x of the axis tick labelled e.g. "Jun 2025" (the first day of that month).</summary>
    public static double Tick(IWebDriver driver, string label)
    {
        var tick = driver.FindElements(By.CssSelector("svg.chart .axis g")).Single(g => g.FindElements(By.TagName("text")).Any(t => t.Text == label));
        var line = tick.FindElement(By.TagName("line"));
        return line.Location.X + (line.Size.Width / 2.0);
    }

    /// <summary>The x of the axis tick at a first of the month ("2024-02-01"), labelled or not.</summary>
    public static double TickAt(IWebDriver driver, string date)
    {
        var line = driver.FindElement(By.CssSelector($"svg.chart .axis g[data-date='{date}'] line"));
        return line.Location.X + (line.Size.Width / 2.0);
    }

    /// <summary>A screenshot of the whole page, not only the window: the window grows to the page's height for it.</summary>
    public static string SaveFullPage(IWebDriver driver, string name)
    {
        var size = driver.Manage().Window.Size;
        var height = Convert.ToInt32(((IJavaScriptExecutor)driver).ExecuteScript("return document.documentElement.scrollHeight"), CultureInfo.InvariantCulture);
        driver.Manage().Window.Size = new System.Drawing.Size(size.Width, Math.Max(size.Height, height + 100));
        try
        {
            return Screenshots.Save(driver, name);
        }
        finally
        {
            driver.Manage().Window.Size = size;
        }
    }
}
