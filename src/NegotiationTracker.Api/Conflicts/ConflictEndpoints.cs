using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using NegotiationTracker.Api.Common;
using NegotiationTracker.Data;

namespace NegotiationTracker.Api.Conflicts;

internal static class ConflictEndpoints
{
    public static IEndpointRouteBuilder MapConflicts(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/conflicts").WithTags("Conflicts")
            .MapGet("/", ListConflicts).WithName(nameof(ListConflicts))
            .WithSummary("List conflicts")
            .WithDescription("Returns a page of the facts on which the articles disagree, each with what it is about (`subjectType` round or delegation, "
                + "`subjectId`, `subjectLink`) and every claimed value with its evidence; none is silently dropped.")
            .WithValidation<ConflictListQuery>();
        return app;
    }

    private static async Task<Ok<Paged<ConflictResponse>>> ListConflicts([AsParameters] ConflictListQuery query, TrackerDbContext db, CancellationToken ct)
    {
        var mode = query.Mode;
        var conflicts = db.Conflicts.AsNoTracking();
        var rows = await conflicts.OrderBy(c => c.Id).Skip(query.Skip).Take(query.Size).Select(c => new { c.Id, c.Key, c.Subject, c.Field, c.Claims }).ToListAsync(ct);

        // A conflict's key is its subject's natural key plus "|field": the delegation or round it is about.
        var subjects = rows.Select(c => c.Key.EndsWith("|" + c.Field, StringComparison.Ordinal) ? c.Key[..^(c.Field.Length + 1)] : c.Key).Distinct().ToList();
        var delegations = await db.Delegations.AsNoTracking().Where(d => subjects.Contains(d.Key)).Select(d => new { d.Key, d.Id }).ToDictionaryAsync(d => d.Key, d => d.Id, ct);
        var rounds = await db.Rounds.AsNoTracking().Where(r => subjects.Contains(r.Key)).Select(r => new { r.Key, r.Id }).ToDictionaryAsync(r => r.Key, r => r.Id, ct);

        var items = rows.Select(c =>
        {
            var key = c.Key.EndsWith("|" + c.Field, StringComparison.Ordinal) ? c.Key[..^(c.Field.Length + 1)] : c.Key;
            var (type, id, link) = delegations.TryGetValue(key, out var d) ? ("delegation", (int?)d, $"/api/delegations/{d}")
                : rounds.TryGetValue(key, out var r) ? ("round", r, $"/api/rounds/{r}")
                : ((string?)null, (int?)null, (string?)null);
            return new ConflictResponse(c.Id, c.Subject, type, id, link, c.Field,
                [.. c.Claims.Select(x => new ClaimResponse(x.Value, x.Evidence.CountFor(mode), x.Evidence.ListFor(mode)))]);
        }).ToList();
        return TypedResults.Ok(new Paged<ConflictResponse>(items, query.PageNumber, query.Size, await conflicts.CountAsync(ct)));
    }
}
