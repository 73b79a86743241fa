using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using NegotiationTracker.Api.Common;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace NegotiationTracker.Api.Setup;

/// <summary>
/// The fixed vocabularies and examples, written into the OpenAPI document so generated clients get
/// enums instead of bare strings. The API keeps them as strings (the database does), so they are
/// declared here by JSON name, once for every schema and query parameter that carries them.
/// </summary>
internal sealed class OpenApiVocabulary : ISchemaFilter, IParameterFilter
{
    private static readonly Dictionary<string, string[]> Enums = new(StringComparer.Ordinal)
    {
        ["role"] = ["negotiator", "mediator", "observer"],
        ["category"] = QueryRules.Categories,
        ["datePrecision"] = ["day", "month", "year", "range", "unknown"],
        ["subjectType"] = ["round", "delegation"],
        ["evidence"] = EvidenceModes.Names,
        ["format"] = [ListFormat.Json, ListFormat.Csv],
    };

    private static readonly Dictionary<string, string> Examples = new(StringComparer.Ordinal)
    {
        // Neutral examples: documentation names no fact of the seed articles.
        ["party"] = "Norway", ["city"] = "Geneva", ["date"] = "2024-03-11", ["name"] = "Anna Ivanova", ["title"] = "Foreign Minister",
        ["from"] = "2024-01-01", ["to"] = "2024-12-31", ["venue"] = "Palais des Nations", ["participant"] = "ivanova", ["head"] = "ivanova",
        ["sort"] = "-date", ["file"] = "talks-report.txt", ["text"] = "a 30-day ceasefire",
    };

    /// <summary>Query parameters that take an ISO date but bind as text (so a bad one is a 400 naming it).</summary>
    private static readonly HashSet<string> DateParameters = ["from", "to"];

    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema { Properties: { } properties }) { return; }
        foreach (var (name, property) in properties)
        {
            if (property is OpenApiSchema target) { Describe(name, target, query: false); }
        }
    }

    public void Apply(IOpenApiParameter parameter, ParameterFilterContext context)
    {
        if (parameter is OpenApiParameter { In: ParameterLocation.Query, Name: { } name, Schema: OpenApiSchema schema }) { Describe(name, schema, query: true); }
    }

    private static void Describe(string name, OpenApiSchema schema, bool query)
    {
        var isText = schema.Type is { } type && type.HasFlag(JsonSchemaType.String);
        if (!isText) { return; }
        if (Enums.TryGetValue(name, out var values)) { schema.Enum = [.. values.Select(v => (JsonNode)JsonValue.Create(v))]; }
        if (query && DateParameters.Contains(name)) { schema.Format = "date"; }
        if (Examples.TryGetValue(name, out var example) && (query || !Enums.ContainsKey(name)))
        {
            schema.Example = JsonValue.Create(query && name == "party" ? "turkey" : example);
        }
    }
}
