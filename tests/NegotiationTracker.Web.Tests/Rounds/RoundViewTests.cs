using NegotiationTracker.Web.Tests.Infrastructure;
using OpenQA.Selenium;

namespace NegotiationTracker.Web.Tests.Rounds;

[Collection(SharedBrowser.Name)]
public sealed class RoundViewTests(BrowserSession browser)
{
    [Fact]
    public void ClickingRoundThreeShowsRussiasHeadAndTheReportWithHisSentenceHighlighted()
    {
        var driver = browser.Open();
        browser.Until(d => d.FindElement(By.CssSelector("a.mark[data-date='2025-07-23']")), "round 3's mark").Click();
        browser.Until(d => d.Url.EndsWith("#/rounds/3", StringComparison.Ordinal) && d.FindElement(By.TagName("h1")).Text.StartsWith("Round 3", StringComparison.Ordinal), "round 3's view");
        var russia = driver.FindElement(By.CssSelector("article.delegation[data-party='Russia']"));
        var facts = driver.FindElement(By.CssSelector("dl.facts")).Text;
        TimelinePage.SaveFullPage(driver, "round-3");

        Assert.Equal("Vladimir Medinsky", russia.FindElement(By.CssSelector(".head-name")).Text);
        Assert.Equal(["Aleksandr Fomin", "Igor Kostyukov", "Mikhail Galuzin"], russia.FindElements(By.CssSelector(".members a")).Select(a => a.Text).Order());
        Assert.Contains("23 July 2025", facts, StringComparison.Ordinal);
        Assert.Contains("Çırağan Palace", facts, StringComparison.Ordinal);
        Assert.Contains("Türkiye", driver.FindElement(By.CssSelector("[aria-labelledby='mediator-title']")).Text, StringComparison.Ordinal);

        russia.FindElement(By.CssSelector("details.evidence summary")).Click();
        var link = russia.FindElements(By.CssSelector("a.evidence-link")).First(a => a.Text.Contains("Medinsky", StringComparison.Ordinal));
        var sentence = link.Text.Trim('“', '”');
        link.Click();
        var mark = browser.Until(d => d.FindElement(By.CssSelector("mark#evidence")), "the highlighted sentence");
        var inView = ((IJavaScriptExecutor)driver).ExecuteScript("const r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight;", mark);
        Screenshots.Save(driver, "round-3-evidence");

        Assert.Equal("The Kremlin said it would send political scientist Vladimir Medinsky to lead its negotiating team.", sentence);
        Assert.Equal(sentence, mark.Text);
        Assert.Equal(true, inView);
        Assert.Equal("rgba(255, 226, 138, 1)", mark.GetCssValue("background-color"));
        Assert.Contains("#/articles/", driver.Url, StringComparison.Ordinal);
        Assert.Empty(browser.ConsoleErrors());
    }

    [Fact]
    public void RoundOneFlagsThatTheReportsDisagreeOnUkrainesHead()
    {
        var driver = browser.Open("#/rounds/1");

        var conflicts = browser.Until(d => d.FindElement(By.CssSelector("section.conflicts")), "the conflicts section").Text;

        Assert.Contains("Rustem Umerov", conflicts, StringComparison.Ordinal);
        Assert.Contains("Andrij Yermak", conflicts, StringComparison.Ordinal);
        Assert.Contains("conflicted", driver.FindElement(By.CssSelector("article.delegation[data-party='Ukraine']")).GetDomAttribute("class"), StringComparison.Ordinal);
        Assert.DoesNotContain("conflicted", driver.FindElement(By.CssSelector("article.delegation[data-party='Russia']")).GetDomAttribute("class"), StringComparison.Ordinal);
    }
}
