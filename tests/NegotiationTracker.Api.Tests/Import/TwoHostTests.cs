using System.Net;
using System.Text.Json;
using NegotiationTracker.Api.Tests.Infrastructure;

namespace NegotiationTracker.Api.Tests.Import;

/// <summary>
/// Two API processes on one PostgreSQL database, as behind a load balancer: one import at a time across
/// both, both answer the new data after it, and a host killed with SIGKILL mid-import blocks nothing.
/// </summary>
public sealed class TwoHostTests : IDisposable
{
    private const string Key = "two-host-key";
    private static readonly TimeSpan Healthy = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan SeenWithin = TimeSpan.FromSeconds(5);
    private readonly string _folder = Directory.CreateTempSubdirectory("nt-hosts-").FullName;
    private readonly SeedsCopy _seeds = new();
    private readonly HttpClient _client = new() { Timeout = TimeSpan.FromMinutes(2) };
    private readonly TestDatabase _database;

    public TwoHostTests()
    {
        _database = TestDatabase.Create(_folder);
        // Three copies of every seed article: an import long enough for two requests to meet, and to be killed in.
        foreach (var (file, n) in Directory.GetFiles(_seeds.Directory, "*.txt").SelectMany(f => Enumerable.Range(1, 3).Select(n => (f, n))).ToList())
        {
            File.WriteAllText(Path.Combine(_seeds.Directory, $"{n}{Path.GetFileName(file)}"), File.ReadAllText(file) + $"\n\nCopy {n}.\n");
        }
    }

    [Fact]
    public async Task SimultaneousImportsGiveOne200AndOne409AndBothHostsAnswerTheNewData()
    {
        Assert.SkipWhen(!TestDatabase.OnPostgres, "PostgreSQL only (scripts/postgres-test): SQLite is one host's file");
        using var first = TrackerProcess.Serve(_database, _seeds.Directory, Key);
        using var second = TrackerProcess.Serve(_database, _seeds.Directory, Key);
        await WaitHealthyAsync(first, second);
        var articles = await ArticleCountAsync(first);
        Assert.Equal(articles, await ArticleCountAsync(second)); // both now hold a cached answer

        AddArticle("two-hosts-1");
        var statuses = await Task.WhenAll(ImportAsync(first), ImportAsync(second));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], statuses.Order());
        await AnswersAsync(first, articles + 1);
        await AnswersAsync(second, articles + 1);
    }

    [Fact]
    public async Task AHostKilledMidImportLeavesTheNextImportFree()
    {
        Assert.SkipWhen(!TestDatabase.OnPostgres, "PostgreSQL only (scripts/postgres-test): SQLite is one host's file");
        var postgres = (PostgresTestDatabase)_database;
        using var first = TrackerProcess.Serve(_database, _seeds.Directory, Key);
        using var second = TrackerProcess.Serve(_database, _seeds.Directory, Key);
        await WaitHealthyAsync(first, second);
        var articles = await ArticleCountAsync(second);

        AddArticle("two-hosts-2");
        var killed = ImportAsync(first);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        while (postgres.AdvisoryLocksHeld() == 0 && watch.Elapsed < TimeSpan.FromSeconds(30)) { await Task.Delay(10, TestContext.Current.CancellationToken); }
        Assert.True(postgres.AdvisoryLocksHeld() > 0, "the first host never took the import lock");
        first.Kill();
        await Assert.ThrowsAnyAsync<Exception>(() => killed);

        // The server ends a dead client's session (and its lock) as soon as the kernel closes the socket.
        var status = await ImportAsync(second);
        Assert.Equal(HttpStatusCode.OK, status);
        await AnswersAsync(second, articles + 1);
    }

    public void Dispose()
    {
        _client.Dispose();
        _database.Dispose();
        _seeds.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private async Task WaitHealthyAsync(params TrackerProcess[] hosts)
    {
        foreach (var host in hosts)
        {
            Assert.True(await host.WaitHealthyAsync(_client, Healthy) is not null, $"A host was not healthy within {Healthy.TotalSeconds} s:\n{host.Output}");
        }
    }

    private void AddArticle(string name) =>
        File.Copy(Directory.GetFiles(_seeds.Directory, "*.txt").Order(StringComparer.Ordinal).First(), Path.Combine(_seeds.Directory, $"{name}.txt"));

    private async Task<HttpStatusCode> ImportAsync(TrackerProcess host)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(host.BaseAddress!, "/api/import"));
        request.Headers.Add("X-Api-Key", Key);
        using var response = await _client.SendAsync(request, TestContext.Current.CancellationToken);
        return response.StatusCode;
    }

    private async Task<int> ArticleCountAsync(TrackerProcess host)
    {
        var json = await _client.GetStringAsync(new Uri(host.BaseAddress!, "/api/articles?pageSize=1"), TestContext.Current.CancellationToken);
        return JsonDocument.Parse(json).RootElement.GetProperty("total").GetInt32();
    }

    /// <summary>The host answers the new count within <see cref="SeenWithin"/>: it saw the new import version and dropped its cache.</summary>
    private async Task AnswersAsync(TrackerProcess host, int articles)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var seen = await ArticleCountAsync(host);
        while (seen != articles && watch.Elapsed < SeenWithin)
        {
            await Task.Delay(50, TestContext.Current.CancellationToken);
            seen = await ArticleCountAsync(host);
        }

        Assert.Equal(articles, seen);
    }
}
