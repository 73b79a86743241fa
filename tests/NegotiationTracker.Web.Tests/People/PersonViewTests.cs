using NegotiationTracker.Web.Tests.Infrastructure;
using OpenQA.Selenium;

namespace NegotiationTracker.Web.Tests.People;

[Collection(SharedBrowser.Name)]
public sealed class PersonViewTests(BrowserSession browser)
{
    [Fact]
    public void SearchingUmerovLeadsToBothHisTitlesInOrderAndTheRoundsHeAttended()
    {
        var driver = browser.Open();
        driver.FindElement(By.Id("search-input")).SendKeys("umerov" + Keys.Enter);
        browser.Until(d => d.FindElement(By.LinkText("Rustem Umerov")), "Rustem Umerov among the results").Click();
        browser.Until(d => d.FindElement(By.TagName("h1")).Text == "Rustem Umerov", "Umerov's view");
        var titles = driver.FindElements(By.CssSelector(".titles .title-name")).Select(t => t.Text).ToList();
        TimelinePage.SaveFullPage(driver, "person-umerov");

        Assert.Contains("Defence Minister", titles);
        Assert.Contains("Security Council Secretary", titles);
        Assert.True(titles.IndexOf("Defence Minister") < titles.IndexOf("Security Council Secretary"), $"Titles not in time order: {string.Join(", ", titles)}");
        Assert.Equal(["Round 1", "Round 3"], driver.FindElements(By.CssSelector(".attended a")).Select(a => a.Text));
        Assert.Matches("^#/people/\\d+$", new Uri(driver.Url).Fragment);
    }

    [Fact]
    public void SearchFindsAPersonByAnotherSpelling()
    {
        var driver = browser.Open("#/search?q=medinski");

        var results = browser.Until(d => d.FindElements(By.CssSelector(".results li")) is { Count: > 0 } r ? r : null, "search results");

        Assert.StartsWith("Vladimir Medinsky", Assert.Single(results).Text, StringComparison.Ordinal);
        Assert.Equal("medinski", driver.FindElement(By.Id("search-input")).GetDomProperty("value"));
    }
}
