using System.Text.Json;
using System.Text.RegularExpressions;
using NegotiationTracker.Api.Tests.Infrastructure;

namespace NegotiationTracker.Api.Tests.Contract;

/// <summary>The README, the .http file and the launch profile name one port, so a new user's first request reaches the API.</summary>
public sealed partial class DocumentedPortTests
{
    private static readonly string Root = Path.GetDirectoryName(TrackerApiFactory.RepositorySeeds)!;
    private static readonly string Project = Path.Combine(Root, "src", "NegotiationTracker.Api");

    [Fact]
    public void ReadmeHttpFileAndLaunchProfileAgreeOnThePort()
    {
        using var launch = JsonDocument.Parse(File.ReadAllText(Path.Combine(Project, "Properties", "launchSettings.json")));
        var url = new Uri(launch.RootElement.GetProperty("profiles").GetProperty("http").GetProperty("applicationUrl").GetString()!);

        var http = File.ReadAllText(Path.Combine(Project, "NegotiationTracker.Api.http"));
        Assert.Equal(url.Port, new Uri(HostLine().Match(http).Groups[1].Value).Port);

        var readme = File.ReadAllText(Path.Combine(Root, "README.md"));
        var localPorts = LocalUrl().Matches(readme).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).Distinct().ToList();
        Assert.Equal([url.Port], localPorts);
    }

    [GeneratedRegex(@"^@host = (\S+)", RegexOptions.Multiline)]
    private static partial Regex HostLine();

    [GeneratedRegex(@"localhost:(\d+)")]
    private static partial Regex LocalUrl();
}
