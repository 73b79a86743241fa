using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NegotiationTracker.Api.Tests.Infrastructure;
using NegotiationTracker.Data;
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

    [Theory]
    [InlineData("an article removed")]
    [InlineData("a city changed")]
    [InlineData("a sentence added")]
    [InlineData("a person renamed")]
    [InlineData("an article added")]
    public async Task AfterAnImportThatWritesSomeCardsEveryStoredAnswerEqualsTheFactsRenderedAgain(string edit)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = await _factory.ImportEditedAsync(_client, _seeds, edit, ct);

        var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
        var fresh = await scope.ServiceProvider.GetRequiredService<IReadModelRenderer>().RenderAsync(db, null, ct);
        var stored = await db.CardAnswers.AsNoTracking().ToListAsync(ct);
        foreach (var kind in Enum.GetValues<CardKind>()) { AssertSame(fresh.Cards[kind], stored, kind); }
        Assert.Equal(await db.Rounds.CountAsync(ct), await db.RoundCards.CountAsync(ct));
        Assert.Equal(await db.Delegations.CountAsync(ct), await db.DelegationCards.CountAsync(ct));
        Assert.Equal(await db.Participants.CountAsync(ct), await db.ParticipantCards.CountAsync(ct));
        Assert.Equal(await db.Demands.CountAsync(ct), await db.DemandCards.CountAsync(ct));
        Assert.Equal(await db.Venues.CountAsync(ct), await db.VenueCards.CountAsync(ct));
        Assert.Equal(
            (await db.Delegations.SelectMany(d => d.Members, (d, m) => new { d.RoundId, m.ParticipantId }).ToListAsync(ct)).Select(m => $"{m.RoundId}:{m.ParticipantId}").Order(),
            (await db.RoundMembers.Select(m => new { m.RoundId, m.ParticipantId }).ToListAsync(ct)).Select(m => $"{m.RoundId}:{m.ParticipantId}").Order());
        Assert.Equal(await db.ImportStates.Select(s => s.Version).SingleAsync(ct), await db.ReadModelStates.Select(s => s.Version).SingleAsync(ct));
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

    /// <summary>Every stored answer of <paramref name="kind"/>, as a list item and as a single item in each mode, equals the fresh one.</summary>
    private static void AssertSame(IReadOnlyDictionary<int, RenderedCard> fresh, List<CardAnswer> stored, CardKind kind)
    {
        var cards = stored.Where(a => a.Kind == kind).ToDictionary(a => a.Id);
        Assert.Equal(fresh.Keys.Order(), cards.Keys.Order());
        foreach (var (id, (item, detail)) in fresh)
        {
            var card = cards[id];
            Assert.Equal(Text(item.None, item.Count, item.Full), Text(card.None, card.Count, card.Full));
            Assert.Equal(Text(detail.None, detail.Count, detail.Full), Text(card.DetailNone ?? card.None, card.DetailCount ?? card.Count, card.DetailFull ?? card.Full));
        }
    }

    private static string Text(params byte[][] answers) => string.Join("\n", answers.Select(System.Text.Encoding.UTF8.GetString));
}
