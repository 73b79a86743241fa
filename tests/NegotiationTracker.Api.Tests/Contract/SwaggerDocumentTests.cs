using NegotiationTracker.Api.Tests.Infrastructure;

namespace NegotiationTracker.Api.Tests.Contract;

[Collection(SharedSeedsApi.Name)]
public sealed class SwaggerDocumentTests(TrackerApiFactory factory)
{
    [Fact]
    public async Task EveryOperationHasSummaryDescriptionAndDocumentedErrors()
    {
        var doc = await factory.CreateClient().GetJsonAsync("/swagger/v1/swagger.json");
        Assert.False(string.IsNullOrWhiteSpace(doc.GetProperty("info").Str("description")));

        var operations = doc.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Select(o => (Path: p.Name, Verb: o.Name, Op: o.Value))).ToList();
        Assert.Contains(operations, o => o.Path == "/api/rounds/{id}");
        foreach (var (path, verb, op) in operations)
        {
            Assert.True(op.TryGetProperty("summary", out _), $"{verb} {path} has no summary");
            Assert.True(op.TryGetProperty("description", out _), $"{verb} {path} has no description");
            var responses = op.GetProperty("responses").EnumerateObject().Select(r => r.Name).ToList();
            var hasId = path.Contains("{id}", StringComparison.Ordinal);
            var hasQuery = op.TryGetProperty("parameters", out var parameters) && parameters.EnumerateArray().Any(p => p.Str("in") == "query");
            if (hasId) { Assert.Contains("404", responses); }
            if (hasQuery) { Assert.Contains("400", responses); }
            foreach (var parameter in op.TryGetProperty("parameters", out var all) ? all.EnumerateArray() : default)
            {
                var name = parameter.Str("name")!;
                Assert.True(parameter.TryGetProperty("description", out _), $"{verb} {path} parameter {name} has no description");
                Assert.True(parameter.Str("in") == "header" || char.IsLower(name[0]), $"{verb} {path} parameter {name} is not camelCase");
            }
        }
    }
}
