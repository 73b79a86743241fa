using Microsoft.OpenApi;
using NegotiationTracker.Api.Import;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace NegotiationTracker.Api.Setup;

/// <summary>
/// Declares the import key as an OpenAPI security scheme on the one operation that needs it, so Swagger
/// UI offers "Authorize" and generated clients send the header; the handler's own header parameter is
/// then dropped from the document, or clients would ask for the key twice.
/// </summary>
internal sealed class ImportKeySecurity : IOperationFilter
{
    public const string SchemeName = "ImportApiKey";

    public static OpenApiSecurityScheme Scheme => new()
    {
        Type = SecuritySchemeType.ApiKey,
        In = ParameterLocation.Header,
        Name = ImportEndpoints.KeyHeader,
        Description = "The import key, equal to the server's Import:ApiKey. Only POST /api/import needs it.",
    };

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<RequiresImportKey>().Any() is false) { return; }

        operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeName, context.Document)] = [] }];
        var header = operation.Parameters?.FirstOrDefault(p => p.In == ParameterLocation.Header && p.Name == ImportEndpoints.KeyHeader);
        if (header is not null) { operation.Parameters!.Remove(header); }
    }
}

/// <summary>Endpoint metadata: this endpoint needs the import key.</summary>
internal sealed class RequiresImportKey;
