using System.Globalization;
using System.Text.Json;
using NegotiationTracker.Web.Tests.Infrastructure;
using OpenQA.Selenium;

namespace NegotiationTracker.Web.Tests.Timeline;

/// <summary>The timeline over many negotiations, where rounds may be known only to the month or not dated at all.</summary>
[Collection(SharedBrowser.Name)]
public sealed class CorpusTimelineTests(BrowserSession browser)
{
    [Fact]
    public void EveryRoundIsAMarkInItsNegotiationsLaneOrInTheUndatedStrip()
    {
        var driver = browser.Open(corpus: true);
        var rounds = browser.Corpus.Json("/api/rounds?pageSize=200").GetProperty("items").EnumerateArray().ToList();
        var dated = rounds.Where(r => r.GetProperty("date").ValueKind == JsonValueKind.String).Select(Id).Order().ToList();
        var undated = rounds.Where(r => r.GetProperty("date").ValueKind == JsonValueKind.Null).Select(Id).Order().ToList();
        var marks = browser.Until(d => TimelinePage.Marks(d) is { Count: > 0 } m && m.Count == dated.Count ? m : null, $"{dated.Count} marks");
        var chips = driver.FindElements(By.CssSelector(".undated a.chip")).Select(a => int.Parse(a.GetDomAttribute("href")!.Split('/')[^1], CultureInfo.InvariantCulture));
        TimelinePage.SaveFullPage(driver, "corpus-timeline");

        Assert.NotEmpty(undated);
        Assert.Equal(dated, marks.Select(m => m.RoundId).Order());
        Assert.Equal(undated, chips.Order());
        Assert.True(marks.Select(m => m.Lane).Distinct().Count() >= 6, "fewer than six negotiations drawn");
        Assert.All(marks.GroupBy(m => m.Lane), lane => Assert.Single(lane.Select(m => Math.Round(m.Y)).Distinct()));
        Assert.Empty(browser.ConsoleErrors());
    }

    [Fact]
    public void ARoundKnownOnlyToTheMonthIsABarSpanningThatMonth()
    {
        var round = browser.Corpus.Json("/api/rounds?pageSize=200").GetProperty("items").EnumerateArray()
            .First(r => r.GetProperty("datePrecision").GetString() == "month");
        var month = DateOnly.ParseExact(round.GetProperty("date").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        // One year on the axis, so every month has its tick.
        var driver = browser.Open($"#/?from={month.Year}-01-01&to={month.Year}-12-31", corpus: true);

        var mark = browser.Until(d => d.FindElement(By.CssSelector($"a.mark[data-round-id='{Id(round)}']")), "the month's mark");
        var bar = mark.FindElement(By.TagName("rect"));
        var first = TimelinePage.TickAt(driver, month.ToString("yyyy-MM-01", CultureInfo.InvariantCulture));
        var next = TimelinePage.TickAt(driver, month.AddMonths(1).ToString("yyyy-MM-01", CultureInfo.InvariantCulture));

        Assert.InRange(bar.Location.X, first - 1.5, first + 1.5);
        Assert.InRange(bar.Location.X + bar.Size.Width, next - 1.5, next + 1.5);
        Assert.Contains("(date known to the month)", mark.GetDomAttribute("aria-label"), StringComparison.Ordinal);
        Assert.Contains(month.ToString("MMMM yyyy", CultureInfo.InvariantCulture), mark.GetDomAttribute("aria-label"), StringComparison.Ordinal);
    }

    private static int Id(JsonElement round) => round.GetProperty("id").GetInt32();
}
