using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using NegotiationTracker.Api.Tests.Infrastructure;

namespace NegotiationTracker.Api.Tests.Import;

public sealed class BadLexiconTests
{
    private const string Key = "test-key-123";

    public static TheoryData<string, string, string[]> BadEntries => new()
    {
        { "titles.json", """{ "heads": [ "Minister", null ] }""", ["lexicon/titles.json", "heads[1]", "null"] },
        { "cues.json", """{ "ordinals": { "First": 1 } }""", ["lexicon/cues.json", "\"First\"", "\"first\"", "ordinals"] },
        { "demands.json", """{ "cues": [ { "pattern": "(\\w+\\s?)+$", "agent": "before" } ] }""", ["lexicon/demands.json", "cues[0].pattern", @"(\w+\s?)+$"] },
    };

    [Theory]
    [MemberData(nameof(BadEntries))]
    public async Task ABadLexiconEntryIs422NamingFileAndEntryAndChangesNothing(string file, string change, string[] named)
    {
        using var seeds = new SeedsCopy();
        using var factory = new TrackerApiFactory { ApiKey = Key, SeedsDirectory = seeds.Directory };
        var client = factory.CreateClient();
        var before = factory.Database.Snapshot();
        MergeInto(Path.Combine(seeds.Directory, "lexicon", file), JsonNode.Parse(change)!.AsObject());
        seeds.Edit("000", text => text + "\n\nThe talks were described as constructive.\n"); // so a good import would write

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/import");
        request.Headers.Add("X-Api-Key", Key);
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var detail = JsonDocument.Parse(body).RootElement.GetProperty("detail").GetString()!;
        Assert.All(named, n => Assert.Contains(n, detail, StringComparison.Ordinal));
        Assert.Equal(before, factory.Database.Snapshot());
    }

    /// <summary>Puts the change's lists first (a new entry is read before the good ones) and its keys beside the file's.</summary>
    private static void MergeInto(string path, JsonObject change)
    {
        var json = JsonNode.Parse(File.ReadAllText(path), documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip })!.AsObject();
        foreach (var (key, value) in change)
        {
            switch (value)
            {
                case JsonArray items:
                    var list = json[key]!.AsArray();
                    foreach (var item in items.Reverse()) { list.Insert(0, item?.DeepClone()); }
                    break;
                case JsonObject entries:
                    foreach (var (name, entry) in entries) { json[key]!.AsObject()[name] = entry?.DeepClone(); }
                    break;
            }
        }

        File.WriteAllText(path, json.ToJsonString());
    }
}
