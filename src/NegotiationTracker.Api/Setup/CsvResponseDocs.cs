using Microsoft.OpenApi;
using NegotiationTracker.Api.Common;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace NegotiationTracker.Api.Setup;

/// <summary>
/// Lists also answer <c>text/csv</c>: the 200 response says so, next to the JSON, so clients and Swagger
/// UI can ask for it. The CSV's columns are the JSON item's fields, so the schema is plain text.
/// </summary>
internal sealed class CsvResponseDocs : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (!context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<AnswersCsv>().Any()) { return; }
        if (operation.Responses?.TryGetValue("200", out var ok) is not true || ok is not OpenApiResponse response) { return; }

        response.Content ??= new Dictionary<string, OpenApiMediaType>();
        response.Content[ListFormat.CsvMediaType] = new OpenApiMediaType
        {
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, Description = "A header row, then one row per item (RFC 4180, UTF-8); evidence as a count." },
        };
    }
}
