using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NegotiationTracker.Api.Tests.Infrastructure;
using NegotiationTracker.Data;
using NegotiationTracker.Data.Search;

namespace NegotiationTracker.Api.Tests.Search;

/// <summary>An import rebuilds only the touched articles' rows of the search index, and ends where a full rebuild ends.</summary>
public sealed class EvidenceIndexTests : IDisposable
{
    private readonly SeedsCopy _seeds = new();
    private readonly TrackerApiFactory _factory;
    private readonly HttpClient _client;

    public EvidenceIndexTests()
    {
        _factory = new TrackerApiFactory { SeedsDirectory = _seeds.Directory };
        _client = _factory.CreateClient();
    }

    public void Dispose()
    {
        _factory.Dispose();
        _seeds.Dispose();
    }

    [Theory]
    [InlineData("an article removed")]
    [InlineData("a sentence reworded")]
    [InlineData("a person renamed")]
    [InlineData("an article added")]
    public async Task AfterAnImportTheIndexHoldsTheRowsOfAFullRebuild(string edit)
    {
        Assert.SkipWhen(TestDatabase.OnPostgres, "SQLite's FTS5 index is refreshed by article; PostgreSQL's is rebuilt whole");
        var ct = TestContext.Current.CancellationToken;
        await using var scope = await _factory.ImportEditedAsync(_client, _seeds, edit, ct);

        var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
        var refreshed = await RowsAsync(db, ct);
        await db.Database.ExecuteSqlRawAsync(EvidenceIndex.RebuildSql, ct);
        var rebuilt = await RowsAsync(db, ct);
        Assert.NotEmpty(rebuilt);
        Assert.Equal(rebuilt, refreshed);
    }

    private static async Task<List<string>> RowsAsync(TrackerDbContext db, CancellationToken ct) =>
        [.. (await db.Database.SqlQueryRaw<string>(
            $"SELECT ArticleId || ':' || Start || ':' || \"End\" || ':' || Sentence || ':' || Facts AS Value FROM {EvidenceIndex.Table}").ToListAsync(ct)).Order(StringComparer.Ordinal)];
}
