using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using NegotiationTracker.Api.Common;
using NegotiationTracker.Data;

namespace NegotiationTracker.Api.Conflicts;

internal static class ConflictEndpoints
{
    public static IEndpointRouteBuilder MapConflicts(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/conflicts").WithTags("Conflicts");
        group.MapGet("/", ListConflicts).WithName(nameof(ListConflicts))
            .WithSummary("List conflicts")
            .WithDescription("Returns a page of the facts on which the articles disagree, each with what it is about (`subjectType` round or delegation, "
                + "`subjectId`, `subjectLink`) and every claimed value with its evidence; none is silently dropped.")
            .WithValidation<ConflictListQuery>();
        group.MapGet("/{id:int}", GetConflict).WithName(nameof(GetConflict))
            .WithSummary("Get one conflict")
            .WithDescription("Returns one disagreement: what it is about (type, id, link), the field, and every claimed value with its evidence.")
            .WithValidation<ItemQuery>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status410Gone);
        return app;
    }

    private static async Task<Ok<Paged<ConflictResponse>>> ListConflicts([AsParameters] ConflictListQuery query, TrackerDbContext db, CancellationToken ct)
    {
        var conflicts = db.Conflicts.AsNoTracking();
        var items = await Responses(conflicts.OrderBy(c => c.Id).Skip(query.Skip).Take(query.Size), db, query.Mode, ct);
        return TypedResults.Ok(new Paged<ConflictResponse>(items, query.PageNumber, query.Size, await conflicts.CountAsync(ct)));
    }

    private static async Task<Results<Ok<ConflictResponse>, ProblemHttpResult>> GetConflict(
        [Description("The id.")] int id, [AsParameters] ItemQuery query, TrackerDbContext db, CancellationToken ct) =>
        (await Responses(db.Conflicts.AsNoTracking().Where(c => c.Id == id), db, query.Mode, ct)).SingleOrDefault() is { } conflict
            ? TypedResults.Ok(conflict)
            : await Problems.NotFoundOrGoneAsync(db, "Conflict", id, ct);

    /// <summary>Three queries whatever the page size: the conflicts, then the delegations and rounds they are about.</summary>
    private static async Task<List<ConflictResponse>> Responses(IQueryable<Data.Conflicts.Conflict> query, TrackerDbContext db, EvidenceMode mode, CancellationToken ct)
    {
        var rows = await query.Select(c => new { c.Id, c.Key, c.Subject, c.Field, c.Claims }).ToListAsync(ct);

        // A conflict's key is its subject's natural key plus "|field": the delegation or round it is about.
        static string SubjectKey(string key, string field) => key.EndsWith("|" + field, StringComparison.Ordinal) ? key[..^(field.Length + 1)] : key;
        var subjects = rows.Select(c => SubjectKey(c.Key, c.Field)).Distinct().ToList();
        var delegations = await db.Delegations.AsNoTracking().Where(d => subjects.Contains(d.Key)).ToDictionaryAsync(d => d.Key, d => d.Id, ct);
        var rounds = await db.Rounds.AsNoTracking().Where(r => subjects.Contains(r.Key)).ToDictionaryAsync(r => r.Key, r => r.Id, ct);

        return [.. rows.Select(c =>
        {
            var key = SubjectKey(c.Key, c.Field);
            var (type, id) = delegations.TryGetValue(key, out var d) ? ("delegation", d) : rounds.TryGetValue(key, out var r) ? ("round", r) : ((string?)null, (int?)null);
            return new ConflictResponse(c.Id, c.Subject, type, id, type is null ? null : Links.Of(type, id!.Value), c.Field,
                [.. c.Claims.Select(x => new ClaimResponse(x.Value, x.Evidence.CountFor(mode), x.Evidence.ListFor(mode)))]);
        })];
    }
}
