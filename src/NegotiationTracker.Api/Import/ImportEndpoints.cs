using System.ComponentModel;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using NegotiationTracker.Api.Common;
using NegotiationTracker.Api.Setup;
using NegotiationTracker.Data.History;
using NegotiationTracker.Data.Import;

namespace NegotiationTracker.Api.Import;

internal static class ImportEndpoints
{
    public const string KeyHeader = "X-Api-Key";

    public static IEndpointRouteBuilder MapImport(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/import").WithTags("Import")
            .MapPost("/", RunImport).WithName(nameof(RunImport))
            .WithSummary("Re-import the seeds")
            .WithDescription("Re-reads the seeds directory (articles and lexicon) and updates the knowledge base in one transaction; returns the import report. "
                + "Needs header X-Api-Key equal to Import:ApiKey. With dryRun=true nothing is written. A bad seed file refuses the whole import (422) and names every bad file.")
            .WithMetadata(new RequiresImportKey())
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        return app;
    }

    /// <param name="dryRun">Report what would change without writing anything.</param>
    private static async Task<Results<Ok<ImportReport>, ProblemHttpResult>> RunImport(
        [FromHeader(Name = KeyHeader), Description("The import API key (Import:ApiKey).")] string? apiKey,
        [Description("Report what would change without writing anything.")] bool? dryRun, IOptions<ImportOptions> import, IOptions<SeedsOptions> seeds,
        IHostEnvironment environment, ImportService importer, KnowledgeBaseVersion version, ImportRateLimit rateLimit, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(import.Value.ApiKey))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Import is disabled.", detail: "No Import:ApiKey is configured on the server.");
        }

        if (apiKey is null || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(apiKey), Encoding.UTF8.GetBytes(import.Value.ApiKey)))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Missing or wrong API key.", detail: $"Send the key in the {KeyHeader} header.");
        }

        if (!rateLimit.TryAcquire())
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many imports.",
                detail: "Wait a minute before importing again.", type: "https://tools.ietf.org/html/rfc6585#section-4");
        }

        var directory = SeedsLocator.Resolve(seeds.Value.Directory, environment.ContentRootPath);
        if (await importer.TryImportAsync(directory, seeds.Value.MaxFileBytes, dryRun ?? false, ct, ImportTrigger.Api) is not { } report)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "An import is already running.", detail: "Try again when it has finished.");
        }

        await version.RefreshAsync(ct);
        return report.Succeeded
            ? TypedResults.Ok(report)
            : TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "The seeds were refused; nothing changed.",
                detail: string.Join(" ", report.Errors.Select(e => $"{e.File}: {e.Message}")),
                extensions: new Dictionary<string, object?> { ["errors"] = report.Errors, ["report"] = report });
    }
}
