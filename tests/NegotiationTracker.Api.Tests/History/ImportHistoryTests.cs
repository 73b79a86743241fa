using System.Net;
using System.Text.Json;
using NegotiationTracker.Api.Tests.Infrastructure;

namespace NegotiationTracker.Api.Tests.History;

/// <summary>Each import that changed something is recorded, with its seed files and its changes; facts name the imports behind them.</summary>
public sealed class ImportHistoryTests : IDisposable
{
    private readonly EditableSeedsApi _api = new();

    public void Dispose() => _api.Dispose();

    private void MoveTheVenue() => _api.Seeds.Edit("004_", t => t.Replace("the Çırağan Palace", "the Yıldız Palace", StringComparison.Ordinal));

    [Fact]
    public async Task StartUpImportIsRecordedAndAnUnchangedReimportRecordsNothing()
    {
        var before = await _api.Client.GetJsonAsync("/api/imports");
        var report = await _api.ImportAsync();

        Assert.Null(report.ImportId);
        Assert.Empty(report.Changes);
        var after = await _api.Client.GetJsonAsync("/api/imports");
        Assert.Equal(1, after.GetProperty("total").GetInt32());
        Assert.Equal(before.ToString(), after.ToString());
        var first = after.Items()[0];
        Assert.Equal("startup", first.Str("trigger"));
        Assert.Contains(first.GetProperty("counts").EnumerateArray(), c => c.Str("entity") == "rounds" && c.GetProperty("added").GetInt32() > 0);
    }

    [Fact]
    public async Task EditedImportListsItsFileAndEachChangedFieldWithBeforeAndAfter()
    {
        var round = await _api.RoundAfterJuly();
        MoveTheVenue();
        var report = await _api.ImportAsync();

        var list = await _api.Client.GetJsonAsync("/api/imports");
        Assert.Equal(2, list.GetProperty("total").GetInt32());
        Assert.Equal(report.ImportId, list.Items()[0].GetProperty("id").GetInt32());
        var import = await _api.Client.GetJsonAsync($"/api/imports/{report.ImportId}");
        var file = Assert.Single(import.GetProperty("files").EnumerateArray());
        Assert.StartsWith("004_", file.Str("file"), StringComparison.Ordinal);
        Assert.Equal("changed", file.Str("change"));
        Assert.Equal(64, file.Str("after")!.Length);
        Assert.NotEqual(file.Str("before"), file.Str("after"));

        var changes = import.GetProperty("changes").EnumerateArray().ToList();
        var venue = Assert.Single(changes, c => c.Str("entity") == "rounds" && c.GetProperty("id").GetInt32() == round.GetProperty("id").GetInt32() && c.Str("field") == "venueId");
        Assert.Equal(round.GetProperty("venue").GetProperty("id").GetInt32(), venue.GetProperty("before").GetInt32());
        Assert.NotEqual(venue.GetProperty("before").GetInt32(), venue.GetProperty("after").GetInt32());
        Assert.Contains(changes, c => c.Str("entity") == "venues" && c.Str("kind") == "added" && c.Str("key")!.Contains("yildiz", StringComparison.Ordinal));
        Assert.Contains(changes, c => c.Str("entity") == "venues" && c.Str("kind") == "removed" && c.Str("link") == $"/api/venues/{venue.GetProperty("before").GetInt32()}");
        Assert.All((await _api.Client.GetJsonAsync($"/api/imports/{report.ImportId}?entity=venues")).GetProperty("changes").EnumerateArray(), c => Assert.Equal("venues", c.Str("entity")));
    }

    [Fact]
    public async Task DryRunListsExactlyTheChangesTheImportThenRecords()
    {
        MoveTheVenue();
        var dry = await _api.ImportAsync(dryRun: true);
        Assert.Equal(1, (await _api.Client.GetJsonAsync("/api/imports")).GetProperty("total").GetInt32());

        var real = await _api.ImportAsync();
        var recorded = (await _api.Client.GetJsonAsync($"/api/imports/{real.ImportId}")).GetProperty("changes").EnumerateArray()
            .Select(c => $"{c.Str("kind")} {c.Str("entity")} {Provisional(c.Str("kind"), c.GetProperty("id").ToString())} {c.Str("field")}").ToList();
        Assert.NotEmpty(dry.Changes);
        Assert.Equal(dry.Changes.Select(c => $"{c.Kind} {c.Entity} {Provisional(c.Kind, c.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))} {c.Field}"), recorded);
    }

    [Fact]
    public async Task FactsNameTheImportThatCreatedThemAndTheOneThatLastChangedThem()
    {
        var first = (await _api.Client.GetJsonAsync("/api/imports")).Items()[0].GetProperty("id").GetInt32();
        var round = await _api.RoundAfterJuly();
        Assert.Equal(first, (await _api.Client.GetJsonAsync($"/api/rounds/{round.GetProperty("id")}")).GetProperty("createdByImport").GetInt32());
        MoveTheVenue();
        var edit = await _api.ImportAsync();

        var changed = await _api.Client.GetJsonAsync($"/api/rounds/{round.GetProperty("id")}");
        Assert.Equal(first, changed.GetProperty("createdByImport").GetInt32());
        Assert.Equal(edit.ImportId, changed.GetProperty("changedByImport").GetInt32());
        var newVenue = await _api.Client.GetJsonAsync($"/api/venues/{changed.GetProperty("venue").GetProperty("id")}");
        Assert.Equal(edit.ImportId, newVenue.GetProperty("createdByImport").GetInt32());
        // Facts read only from other articles were not rewritten.
        Assert.Contains((await _api.Client.GetJsonAsync("/api/participants?pageSize=200&evidence=full")).Items(), p => p.GetProperty("changedByImport").GetInt32() == first);
        foreach (var list in new[] { "participants", "delegations", "demands", "venues" })
        {
            Assert.All((await _api.Client.GetJsonAsync($"/api/{list}?evidence=full")).Items(), i => Assert.True(i.GetProperty("changedByImport").GetInt32() >= first));
            // The default counted lists stay compact.
            Assert.All((await _api.Client.GetJsonAsync($"/api/{list}")).Items(), i => Assert.False(i.TryGetProperty("changedByImport", out _)));
        }
    }

    [Fact]
    public async Task UnknownImportIs404AndABadEntityFilterIs400()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await _api.Client.GetAsync("/api/imports/987654", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await _api.Client.GetAsync("/api/imports/1?entity=planets", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await _api.Client.GetAsync("/api/imports?pageSize=0", TestContext.Current.CancellationToken)).StatusCode);
    }

    /// <summary>
    /// A dry run's id for a new fact is provisional: PostgreSQL does not give back the sequence values a
    /// rolled-back transaction drew, so the real import numbers it higher there (SQLite reuses them).
    /// </summary>
    private static string Provisional(string? kind, string id) => kind == "added" ? "new" : id;
}

/// <summary>History:MaxImports caps the history; the oldest imports go, ids still come back.</summary>
public sealed class ImportHistoryCapTests : IDisposable
{
    private readonly EditableSeedsApi _api = new(maxImports: 2);

    public void Dispose() => _api.Dispose();

    [Fact]
    public async Task OnlyTheNewestImportsAreKept()
    {
        var first = (await _api.Client.GetJsonAsync("/api/imports")).Items()[0].GetProperty("id").GetInt32();
        var text = await File.ReadAllTextAsync(_api.Seeds.PathOf("004_"), TestContext.Current.CancellationToken);
        _api.Seeds.Edit("004_", t => t.Replace("the Çırağan Palace", "the Yıldız Palace", StringComparison.Ordinal));
        await _api.ImportAsync();
        await File.WriteAllTextAsync(_api.Seeds.PathOf("004_"), text, TestContext.Current.CancellationToken);
        var last = await _api.ImportAsync();

        var list = await _api.Client.GetJsonAsync("/api/imports");
        Assert.Equal(2, list.GetProperty("total").GetInt32());
        Assert.Equal(last.ImportId, list.Items()[0].GetProperty("id").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await _api.Client.GetAsync($"/api/imports/{first}", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Contains(last.Changes, c => c.Kind == "restored");
    }
}
