using System.Drawing;
using NegotiationTracker.Web.Tests.Infrastructure;
using OpenQA.Selenium;
using OpenQA.Selenium.Interactions;

namespace NegotiationTracker.Web.Tests.Timeline;

/// <summary>The timeline for readers without a mouse or a wide screen.</summary>
[Collection(SharedBrowser.Name)]
public sealed class ReachTests(BrowserSession browser)
{
    [Fact]
    public void TheKeyboardAloneReachesARoundMarkAndOpensTheRound()
    {
        var driver = browser.Open();
        browser.Until(d => TimelinePage.Marks(d).Count == 3, "three round marks");

        var presses = 0;
        while (driver.SwitchTo().ActiveElement().GetDomAttribute("class")?.Contains("mark", StringComparison.Ordinal) != true && presses++ < 40)
        {
            new Actions(driver).SendKeys(Keys.Tab).Perform();
        }

        Assert.True(presses <= 40, "40 presses of Tab never reached a round mark");
        Assert.StartsWith("Round 1, 16 May 2025", driver.SwitchTo().ActiveElement().GetDomAttribute("aria-label"), StringComparison.Ordinal);
        new Actions(driver).SendKeys(Keys.Enter).Perform();
        browser.Until(d => d.Url.EndsWith("#/rounds/1", StringComparison.Ordinal), "the round view's URL");
        // Focus moves to the new view's heading, so a screen reader announces it and Tab continues from there.
        Assert.Equal("h1", browser.Until(d => d.SwitchTo().ActiveElement() is { TagName: "h1" } e ? e : null, "focus on the heading").TagName);
    }

    [Fact]
    public void OnAPhoneTheTimelineFitsTheScreenWithoutSideways()
    {
        var driver = browser.Open(window: new Size(390, 844));
        var marks = browser.Until(d => TimelinePage.Marks(d) is { Count: 3 } m ? m : null, "three round marks");
        var js = (IJavaScriptExecutor)driver;
        var viewport = Convert.ToDouble(js.ExecuteScript("return window.innerWidth"), System.Globalization.CultureInfo.InvariantCulture);
        var page = Convert.ToDouble(js.ExecuteScript("return document.documentElement.scrollWidth"), System.Globalization.CultureInfo.InvariantCulture);
        TimelinePage.SaveFullPage(driver, "timeline-phone");

        Assert.True(page <= viewport, $"The page is {page} px wide on a {viewport} px screen");
        Assert.All(marks, m => Assert.InRange(m.X, 0, viewport));
        Assert.True(marks[1].X - marks[0].X >= 20, $"Rounds 17 days apart are only {marks[1].X - marks[0].X:0} px apart");
    }
}
