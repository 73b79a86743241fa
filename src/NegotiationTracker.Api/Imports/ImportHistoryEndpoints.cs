using System.ComponentModel;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using NegotiationTracker.Api.Common;
using NegotiationTracker.Data;
using NegotiationTracker.Data.History;

namespace NegotiationTracker.Api.Imports;

internal static class ImportHistoryEndpoints
{
    public static IEndpointRouteBuilder MapImportHistory(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/imports").WithTags("Import");
        group.MapGet("/", ListImports).WithName(nameof(ListImports))
            .WithSummary("List imports")
            .WithDescription("Returns a page of the imports that changed something, newest first: when, how started (startup, cli, api), "
                + "how many seed files changed, and how many facts of each type were added, changed and removed. History:MaxImports caps how many are kept.")
            .WithValidation<ImportListQuery>();
        group.MapGet("/{id:int}", GetImport).WithName(nameof(GetImport))
            .WithSummary("Get one import")
            .WithDescription("Returns one import: the seed files it saw added, changed or removed (SHA-256 before and after), the counts per type, "
                + "and every change: facts added, restored under their old id, removed, and each changed field with its value before and after.")
            .WithValidation<ImportQuery>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<Ok<Paged<ImportSummary>>> ListImports([AsParameters] ImportListQuery query, TrackerDbContext db, CancellationToken ct)
    {
        var rows = await db.ImportRecords.AsNoTracking().OrderByDescending(i => i.Id).Skip(query.Skip).Take(query.Size)
            .Select(i => new { i.Id, i.StartedAt, i.CompletedAt, i.Trigger, i.Files, i.Counts }).ToListAsync(ct);
        var items = rows.Select(i => new ImportSummary(i.Id, i.StartedAt, i.CompletedAt, Name(i.Trigger), Milliseconds(i.StartedAt, i.CompletedAt), i.Files.Count, Counts(i.Counts), $"/api/imports/{i.Id}")).ToList();
        return TypedResults.Ok(new Paged<ImportSummary>(items, query.PageNumber, query.Size, await db.ImportRecords.CountAsync(ct)));
    }

    private static async Task<Results<Ok<ImportDetail>, ProblemHttpResult>> GetImport([Description("The id.")] int id, [AsParameters] ImportQuery query, TrackerDbContext db, CancellationToken ct)
    {
        if (await db.ImportRecords.AsNoTracking().Where(i => i.Id == id).SingleOrDefaultAsync(ct) is not { } import)
        {
            return Problems.NotFound("Import", id);
        }

        var changes = db.ImportChanges.AsNoTracking().Where(c => c.ImportId == id);
        if (query.Entity is { } entity) { changes = changes.Where(c => c.Entity == entity); }
        var list = (await changes.OrderBy(c => c.Id).ToListAsync(ct))
            .Select(c => new ChangeResponse(c.Entity, c.EntityId, c.Kind, c.Key, c.Field, Json(c.Before), Json(c.After), Link(c.Entity, c.EntityId))).ToList();
        return TypedResults.Ok(new ImportDetail(import.Id, import.StartedAt, import.CompletedAt, Name(import.Trigger), Milliseconds(import.StartedAt, import.CompletedAt),
            [.. import.Files.Select(f => new SeedFileResponse(f.File, f.Change, f.Before, f.After))], Counts(import.Counts), list.Count, list));
    }

    private static long Milliseconds(DateTimeOffset from, DateTimeOffset to) => (long)(to - from).TotalMilliseconds;

    private static string Name(ImportTrigger trigger) => trigger.ToString().ToLowerInvariant();

    private static List<EntityCountsResponse> Counts(List<EntityCounts> counts) => [.. counts.Select(c => new EntityCountsResponse(c.Entity, c.Added, c.Changed, c.Removed))];

    private static JsonElement? Json(string? value) => value is null ? null : JsonSerializer.Deserialize<JsonElement>(value);

    /// <summary>Where the fact is read (a removed one answers 410 there); parties have no endpoint.</summary>
    private static string? Link(string entity, int id) => entity switch
    {
        "parties" => null,
        "articles" => $"/api/articles/{id}",
        _ => Links.Of(entity[..^1], id),
    };
}
