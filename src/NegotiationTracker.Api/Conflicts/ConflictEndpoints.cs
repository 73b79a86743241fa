using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using NegotiationTracker.Api.Common;
using NegotiationTracker.Data;

namespace NegotiationTracker.Api.Conflicts;

/// <summary>One side of a disagreement: a value and the evidence for it.</summary>
public sealed record ClaimResponse(string Value, IReadOnlyList<EvidenceResponse> Evidence);

/// <summary>A fact on which the articles disagree (a delegation's head, a round's venue), with every claim.</summary>
public sealed record ConflictResponse(int Id, string Subject, string Field, IReadOnlyList<ClaimResponse> Claims);

internal static class ConflictEndpoints
{
    public static IEndpointRouteBuilder MapConflicts(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/conflicts").WithTags("Conflicts")
            .MapGet("/", ListConflicts).WithName(nameof(ListConflicts))
            .WithSummary("List conflicts")
            .WithDescription("Returns the facts on which the articles disagree, each with every claimed value and its evidence; none is silently dropped.");
        return app;
    }

    private static async Task<Ok<List<ConflictResponse>>> ListConflicts(TrackerDbContext db, CancellationToken ct)
    {
        var rows = await db.Conflicts.AsNoTracking().OrderBy(c => c.Id).Select(c => new { c.Id, c.Subject, c.Field, c.Claims }).ToListAsync(ct);
        return TypedResults.Ok(rows.Select(c => new ConflictResponse(c.Id, c.Subject, c.Field,
            [.. c.Claims.Select(x => new ClaimResponse(x.Value, x.Evidence.ToResponse()))])).ToList());
    }
}
