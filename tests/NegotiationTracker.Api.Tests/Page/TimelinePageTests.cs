using System.Net;
using System.Text.RegularExpressions;
using NegotiationTracker.Api.Tests.Infrastructure;

namespace NegotiationTracker.Api.Tests.Page;

/// <summary>
/// The timeline page as files the API serves: `/` is the page, every module it imports is there, and the page
/// runs under a policy that allows only its own files, so it must carry no inline script, style or handler.
/// What the page shows is checked in a real browser by NegotiationTracker.Web.Tests.
/// </summary>
public sealed partial class TimelinePageTests(TrackerApiFactory factory) : IClassFixture<TrackerApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task RootServesThePageUnderAPolicyAllowingOnlyItsOwnFiles()
    {
        using var response = await _client.GetAsync("/", TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<script type=\"module\" src=\"/js/app.js\"></script>", html, StringComparison.Ordinal);
        Assert.Contains("default-src 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe", policy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThePageHasNoInlineScriptStyleOrEventHandler()
    {
        var html = await _client.GetStringAsync("/index.html", TestContext.Current.CancellationToken);

        Assert.All(ScriptTag().Matches(html), m => Assert.Matches("src=\"/", m.Value));
        Assert.DoesNotMatch(InlineHandlerOrStyle(), html);
        Assert.DoesNotContain("<style", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task EveryModuleThePageImportsIsServedAsJavaScript()
    {
        var pending = new Queue<string>(["/js/app.js"]);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (pending.TryDequeue(out var path))
        {
            if (!seen.Add(path)) { continue; }
            using var response = await _client.GetAsync(path, TestContext.Current.CancellationToken);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} answered {(int)response.StatusCode}");
            Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
            var source = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            // Report text is shown with textContent only: nothing from an article may ever be parsed as HTML or code.
            Assert.DoesNotMatch(HtmlOrCodeFromStrings(), source);
            foreach (Match import in ImportFrom().Matches(source))
            {
                pending.Enqueue(new Uri(new Uri("http://page" + path), import.Groups[1].Value).AbsolutePath);
            }
        }

        Assert.True(seen.Count >= 10, $"Only {seen.Count} modules were reached from /js/app.js: {string.Join(", ", seen)}");
        Assert.Contains("/js/views/timeline.js", seen);
    }

    [Fact]
    public async Task SwaggerStaysAtItsAddressBesideThePage()
    {
        using var response = await _client.GetAsync("/swagger/index.html", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("swagger-ui", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [GeneratedRegex("<script[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptTag();

    [GeneratedRegex(@"\s(on[a-z]+|style)\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex InlineHandlerOrStyle();

    [GeneratedRegex(@"innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function\(")]
    private static partial Regex HtmlOrCodeFromStrings();

    [GeneratedRegex("""from "(\.{1,2}/[^"]+)";""")]
    private static partial Regex ImportFrom();
}
