using System.Text.Json;
using Microsoft.OpenApi;
using NegotiationTracker.Api.Tests.Infrastructure;

namespace NegotiationTracker.Api.Tests.Contract;

/// <summary>The OpenAPI document is valid and rich enough for a generated client: enums, formats, examples, the import key.</summary>
[Collection(SharedSeedsApi.Name)]
public sealed class OpenApiVocabularyTests(TrackerApiFactory factory)
{
    [Fact]
    public async Task DocumentReadsWithoutErrorsInTheOpenApiLibrary()
    {
        var text = await factory.CreateClient().GetStringAsync("/swagger/v1/swagger.json", TestContext.Current.CancellationToken);
        var (document, diagnostic) = OpenApiDocument.Parse(text, "json");
        Assert.NotNull(document);
        Assert.True(diagnostic is null || diagnostic.Errors.Count == 0, string.Join("; ", diagnostic?.Errors.Select(e => $"{e.Pointer}: {e.Message}") ?? []));
        var errors = document.Validate(ValidationRuleSet.GetDefaultRuleSet())?.ToList() ?? [];
        Assert.True(errors.Count == 0, string.Join("; ", errors.Select(e => $"{e.Pointer}: {e.Message}")));
    }

    [Fact]
    public async Task RolesCategoriesAndDatePrecisionAreEnums()
    {
        var schemas = (await Document()).GetProperty("components").GetProperty("schemas");
        Assert.Equal(["negotiator", "mediator", "observer"], Enum(schemas.GetProperty("DelegationResponse").GetProperty("properties").GetProperty("role")));
        Assert.Contains("prisoner-exchange", Enum(schemas.GetProperty("DemandResponse").GetProperty("properties").GetProperty("category")));
        Assert.Equal(["day", "month", "year", "range", "unknown"], Enum(schemas.GetProperty("RoundRef").GetProperty("properties").GetProperty("datePrecision")));
        Assert.Equal("date", schemas.GetProperty("RoundRef").GetProperty("properties").GetProperty("date").Str("format"));
        Assert.True(schemas.GetProperty("RoundRef").GetProperty("properties").GetProperty("date").TryGetProperty("example", out _));
    }

    [Fact]
    public async Task QueryParametersCarryEnumsFormatsAndExamples()
    {
        var rounds = (await Document()).GetProperty("paths").GetProperty("/api/rounds").GetProperty("get").GetProperty("parameters").EnumerateArray()
            .ToDictionary(p => p.Str("name")!, p => p.GetProperty("schema"));
        Assert.Equal("date", rounds["from"].Str("format"));
        Assert.Equal(["none", "count", "full"], Enum(rounds["evidence"]));
        Assert.Equal(["json", "csv"], Enum(rounds["format"]));
        Assert.Equal("turkey", rounds["party"].Str("example"));
        Assert.Contains("number", rounds.Keys);
        Assert.Contains("participant", rounds.Keys);
        Assert.Contains("sort", rounds.Keys);
    }

    [Fact]
    public async Task ImportDeclaresTheApiKeySecurityScheme()
    {
        var doc = await Document();
        var scheme = doc.GetProperty("components").GetProperty("securitySchemes").EnumerateObject().Single().Value;
        Assert.Equal("apiKey", scheme.Str("type"));
        Assert.Equal("header", scheme.Str("in"));
        Assert.Equal("X-Api-Key", scheme.Str("name"));

        var import = doc.GetProperty("paths").GetProperty("/api/import").GetProperty("post");
        Assert.NotEmpty(import.GetProperty("security").EnumerateArray());
        Assert.DoesNotContain(import.TryGetProperty("parameters", out var ps) ? ps.EnumerateArray() : default, p => p.Str("in") == "header");
        Assert.False(doc.GetProperty("paths").GetProperty("/api/rounds").GetProperty("get").TryGetProperty("security", out _));
    }

    [Fact]
    public async Task NewEndpointsAndCsvAreDocumented()
    {
        var paths = (await Document()).GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/participants/{id}/rounds", out _));
        Assert.True(paths.TryGetProperty("/api/delegations/{id}", out _));
        Assert.True(paths.TryGetProperty("/api/search", out var search));
        Assert.Contains(search.GetProperty("get").GetProperty("parameters").EnumerateArray(), p => p.Str("name") == "q");
        var content = paths.GetProperty("/api/delegations").GetProperty("get").GetProperty("responses").GetProperty("200").GetProperty("content");
        Assert.True(content.TryGetProperty("text/csv", out _));
        Assert.True(content.TryGetProperty("application/json", out _));
    }

    private async Task<JsonElement> Document() => await factory.CreateClient().GetJsonAsync("/swagger/v1/swagger.json");

    private static List<string?> Enum(JsonElement schema) => [.. schema.GetProperty("enum").EnumerateArray().Select(e => e.GetString())];
}
