using System.Globalization;
using NegotiationTracker.Web.Tests.Infrastructure;
using OpenQA.Selenium;

namespace NegotiationTracker.Web.Tests.Timeline;

[Collection(SharedBrowser.Name)]
public sealed class TimelineTests(BrowserSession browser)
{
    private static readonly string[] SeedDates = ["2025-05-16", "2025-06-02", "2025-07-23"];

    [Fact]
    public void EverySeedRoundIsAMarkAtItsDateOnTheAxisInOneLane()
    {
        var driver = browser.Open();
        var marks = browser.Until(d => TimelinePage.Marks(d) is { Count: 3 } m ? m : null, "three round marks");
        var june = TimelinePage.Tick(driver, "Jun 2025");
        var pixelsPerDay = (TimelinePage.Tick(driver, "Jul 2025") - june) / 30;
        TimelinePage.SaveFullPage(driver, "timeline");

        Assert.Equal(SeedDates, marks.Select(m => m.Date));
        Assert.All(marks, m =>
        {
            // Where the axis the reader sees puts that day, to within a pixel and a half.
            var days = DateOnly.ParseExact(m.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture).DayNumber - new DateOnly(2025, 6, 1).DayNumber;
            Assert.InRange(m.X, june + (days * pixelsPerDay) - 1.5, june + (days * pixelsPerDay) + 1.5);
            Assert.Equal("Russia – Ukraine", m.Lane);
            Assert.Equal(marks[0].Y, m.Y, 0.5);
            Assert.Contains("(date known to the day)", m.Label, StringComparison.Ordinal);
        });
        Assert.StartsWith("Round 1, 16 May 2025", marks[0].Label, StringComparison.Ordinal);
        Assert.Contains("sources disagree", marks[0].Label, StringComparison.Ordinal);
        Assert.Contains("Çırağan Palace, Istanbul", marks[2].Label, StringComparison.Ordinal);
        Assert.Contains("None", driver.FindElement(By.CssSelector(".undated")).Text, StringComparison.Ordinal);
        Assert.Empty(browser.ConsoleErrors());
    }

    [Fact]
    public void ChoosingAPartyNarrowsTheTimelineAndTheUrlKeepsTheFilter()
    {
        var driver = browser.Open();
        browser.Until(d => TimelinePage.Marks(d).Count == 3, "three round marks");

        driver.FindElement(By.CssSelector("#filter-party option[value='Türkiye']")).Click();
        var marks = browser.Until(d => d.Url.Contains("party=", StringComparison.Ordinal) && TimelinePage.Marks(d) is { Count: 2 } m ? m : null, "two marks for Türkiye");
        TimelinePage.SaveFullPage(driver, "timeline-filtered");

        Assert.Equal(["2025-05-16", "2025-07-23"], marks.Select(m => m.Date));
        Assert.Equal("2 of 3 rounds match the filters.", driver.FindElement(By.CssSelector(".status")).Text);
        Assert.Equal("filter-party", driver.SwitchTo().ActiveElement().GetDomAttribute("id"));
        Assert.EndsWith("#/?party=T%C3%BCrkiye", driver.Url, StringComparison.Ordinal);
    }

    [Fact]
    public void APeriodInTheUrlShowsOnlyTheRoundsInIt()
    {
        var driver = browser.Open("#/?from=2025-06-01&to=2025-06-30");

        var marks = browser.Until(d => TimelinePage.Marks(d) is { Count: > 0 } m ? m : null, "a round mark");

        Assert.Equal("2025-06-02", Assert.Single(marks).Date);
        Assert.Equal("2025-06-01", driver.FindElement(By.Id("filter-from")).GetDomProperty("value"));
        Assert.Equal("1 of 3 rounds match the filters.", driver.FindElement(By.CssSelector(".status")).Text);
    }
}
