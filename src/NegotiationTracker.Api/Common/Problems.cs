using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using NegotiationTracker.Data;

namespace NegotiationTracker.Api.Common;

/// <summary>The ProblemDetails answers the handlers give, worded once.</summary>
internal static class Problems
{
    public static ProblemHttpResult NotFound(string what, int id) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status404NotFound,
            title: $"{what} not found.",
            detail: $"There is no {what.ToLowerInvariant()} with id {id}.");

    /// <summary>
    /// An unknown id: 410 naming the import that removed the fact when it once existed (its tombstone
    /// keeps the id for its return), else 404.
    /// </summary>
    public static async Task<ProblemHttpResult> NotFoundOrGoneAsync(TrackerDbContext db, string what, int id, CancellationToken ct)
    {
        var entity = what.ToLowerInvariant() + "s";
        var gone = await db.Tombstones.AsNoTracking().Where(t => t.Entity == entity && t.EntityId == id)
            .Select(t => new { t.RemovedByImportId, t.RemovedAt }).FirstOrDefaultAsync(ct);
        return gone is null ? NotFound(what, id) : TypedResults.Problem(
            statusCode: StatusCodes.Status410Gone,
            title: $"{what} removed.",
            detail: $"{what} {id} was removed by import {gone.RemovedByImportId} ({gone.RemovedAt:yyyy-MM-dd HH:mm:ss} UTC): no article supports it any more. "
                + "If a later import finds it again, it comes back under this id.",
            extensions: new Dictionary<string, object?>
            {
                ["removedByImport"] = gone.RemovedByImportId,
                ["removedAt"] = gone.RemovedAt,
                ["import"] = $"/api/imports/{gone.RemovedByImportId}",
            });
    }
}
