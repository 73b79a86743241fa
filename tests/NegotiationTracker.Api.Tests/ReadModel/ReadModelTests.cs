using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NegotiationTracker.Api.Tests.Infrastructure;
using NegotiationTracker.Data;
using NegotiationTracker.Data.Import;
using NegotiationTracker.Data.ReadModel;

namespace NegotiationTracker.Api.Tests.ReadModel;

/// <summary>The read model the endpoints answer from never drifts from the facts it was built from.</summary>
public sealed class ReadModelTests : IDisposable
{
    private readonly SeedsCopy _seeds = new();
    private readonly TrackerApiFactory _factory;
    private readonly HttpClient _client;

    public ReadModelTests()
    {
        _factory = new TrackerApiFactory { SeedsDirectory = _seeds.Directory };
        _client = _factory.CreateClient();
    }

    public void Dispose()
    {
        _factory.Dispose();
        _seeds.Dispose();
    }

    [Fact]
    public async Task AfterAnArticleIsRemovedEveryStoredAnswerEqualsTheFactsRenderedAgain()
    {
        await _client.GetStringAsync("/api/rounds", TestContext.Current.CancellationToken);
        File.Delete(_seeds.PathOf("001_"));
        await using var scope = _factory.Services.CreateAsyncScope();
        var report = await scope.ServiceProvider.GetRequiredService<ImportService>().ImportAsync(_seeds.Directory, 1024 * 1024, dryRun: false, TestContext.Current.CancellationToken);
        Assert.True(report.Succeeded);
        Assert.NotEmpty(report.Removed);

        var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
        var fresh = await scope.ServiceProvider.GetRequiredService<IReadModelRenderer>().RenderAsync(db, TestContext.Current.CancellationToken);
        var stored = await db.CardAnswers.AsNoTracking().ToListAsync(TestContext.Current.CancellationToken);
        AssertSame(fresh.Rounds, stored, CardKind.Round, a => a.Count);
        AssertSame(fresh.RoundDetails, stored, CardKind.Round, a => a.DetailFull!);
        AssertSame(fresh.Delegations, stored, CardKind.Delegation, a => a.Full);
        AssertSame(fresh.Participants, stored, CardKind.Participant, a => a.None);
        AssertSame(fresh.ParticipantDetails, stored, CardKind.Participant, a => a.DetailCount!);
        AssertSame(fresh.Demands, stored, CardKind.Demand, a => a.Count);
        AssertSame(fresh.Venues, stored, CardKind.Venue, a => a.Full);
        Assert.Equal(await db.Rounds.CountAsync(TestContext.Current.CancellationToken), await db.RoundCards.CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(await db.DelegationMembers.CountAsync(TestContext.Current.CancellationToken), await db.RoundMembers.CountAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task AReadModelBehindTheImportIsRebuiltWithTheSameAnswers()
    {
        var before = (await _client.GetJsonAsync("/api/rounds?pageSize=200&evidence=full")).GetProperty("items").GetRawText();
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
        // As a database imported before the read model existed: migrated, so its tables are there but empty.
        await db.CardAnswers.ExecuteDeleteAsync(TestContext.Current.CancellationToken);
        await db.RoundCards.ExecuteDeleteAsync(TestContext.Current.CancellationToken);
        await db.ReadModelStates.ExecuteDeleteAsync(TestContext.Current.CancellationToken);
        Assert.Empty((await _client.GetJsonAsync("/api/rounds")).Items());

        await ReadModelWriter.RefreshAsync(db, scope.ServiceProvider.GetRequiredService<IReadModelRenderer>(), TestContext.Current.CancellationToken);

        // The same list asked another way, so the answer cache cannot serve the first answer again.
        Assert.Equal(before, (await _client.GetJsonAsync("/api/rounds?evidence=full&pageSize=200")).GetProperty("items").GetRawText());
    }

    private static void AssertSame(IReadOnlyDictionary<int, RenderedAnswer> fresh, List<CardAnswer> stored, CardKind kind, Func<CardAnswer, byte[]> column)
    {
        var cards = stored.Where(a => a.Kind == kind).ToDictionary(a => a.Id);
        Assert.Equal(fresh.Keys.Order(), cards.Keys.Order());
        foreach (var (id, answer) in fresh)
        {
            var expected = column(new CardAnswer { None = answer.None, Count = answer.Count, Full = answer.Full, DetailNone = answer.None, DetailCount = answer.Count, DetailFull = answer.Full });
            Assert.Equal(System.Text.Encoding.UTF8.GetString(expected), System.Text.Encoding.UTF8.GetString(column(cards[id])));
        }
    }
}
