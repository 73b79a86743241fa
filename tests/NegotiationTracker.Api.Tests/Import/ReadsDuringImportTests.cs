using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using NegotiationTracker.Api.Tests.Infrastructure;

namespace NegotiationTracker.Api.Tests.Import;

public sealed class ReadsDuringImportTests
{
    private const string Key = "test-key-123";
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(5);
    private static readonly string[] Urls =
    [
        "/api/rounds", "/api/rounds/1", "/api/rounds?party=turkey", "/api/participants?name=medin", "/api/delegations",
        "/api/demands", "/api/venues", "/api/articles", "/api/articles/1", "/api/conflicts", "/health",
    ];

    [Fact]
    public async Task ReadsDuringSeveralImportsAllSucceedInTime()
    {
        using var seeds = new SeedsCopy();
        using var factory = new TrackerApiFactory { ApiKey = Key, SeedsDirectory = seeds.Directory };
        var client = factory.CreateClient();
        client.Timeout = RequestTimeout;
        // The 5 s deadline is for reads; an import under eight busy readers on two cores may take longer,
        // and how long it takes is not what this test is about.
        var importer = factory.CreateClient();
        importer.Timeout = TimeSpan.FromMinutes(2);
        var failures = new ConcurrentBag<string>();
        var reads = 0;
        var slowest = TimeSpan.Zero;
        using var stop = new CancellationTokenSource();

        async Task ReadLoop(int reader)
        {
            string? etag = null;
            for (var i = reader; !stop.IsCancellationRequested; i++)
            {
                var url = Urls[i % Urls.Length];
                using var request = new HttpRequestMessage(HttpMethod.Get, url);
                if (i % 3 == 0 && etag is not null) { request.Headers.TryAddWithoutValidation("If-None-Match", etag); }
                var watch = Stopwatch.StartNew();
                try
                {
                    using var response = await client.SendAsync(request, CancellationToken.None);
                    if (!response.IsSuccessStatusCode && response.StatusCode != HttpStatusCode.NotModified)
                    {
                        failures.Add($"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(CancellationToken.None)}");
                    }

                    etag = response.Headers.ETag?.ToString() ?? etag;
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    failures.Add($"{url}: {e.GetType().Name} after {watch.ElapsedMilliseconds} ms");
                }

                Interlocked.Increment(ref reads);
                lock (failures) { if (watch.Elapsed > slowest) { slowest = watch.Elapsed; } }
            }
        }

        var readers = Enumerable.Range(0, 8).Select(r => Task.Run(() => ReadLoop(r), TestContext.Current.CancellationToken)).ToList();
        var imports = new List<HttpStatusCode>();
        for (var n = 0; n < 6; n++)
        {
            // Each import changes something, so it writes and the cached answers are dropped.
            seeds.Edit("000", text => n % 2 == 0 ? text + "\n\nThe talks were described as constructive.\n" : text.Replace("\n\nThe talks were described as constructive.\n", "", StringComparison.Ordinal));
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/import");
            request.Headers.Add("X-Api-Key", Key);
            using var response = await importer.SendAsync(request, TestContext.Current.CancellationToken);
            imports.Add(response.StatusCode);
        }

        await stop.CancelAsync();
        await Task.WhenAll(readers);

        TestContext.Current.TestOutputHelper?.WriteLine($"{reads} reads during {imports.Count} imports; slowest {slowest.TotalMilliseconds:F0} ms; {failures.Count} failed");
        Assert.All(imports, s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Empty(failures);
    }
}
