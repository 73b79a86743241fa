using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using NegotiationTracker.Api.Common;
using NegotiationTracker.Data;

namespace NegotiationTracker.Api.Delegations;

internal static class DelegationEndpoints
{
    public static IEndpointRouteBuilder MapDelegations(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/delegations").WithTags("Delegations")
            .MapGet("/", ListDelegations).WithName(nameof(ListDelegations))
            .WithSummary("List delegations")
            .WithDescription("Returns a page of teams (a party at a round: role, head, members with titles, evidence), ordered by round date then party.")
            .WithValidation<DelegationListQuery>();
        return app;
    }

    private static async Task<Ok<Paged<DelegationResponse>>> ListDelegations([AsParameters] DelegationListQuery query, TrackerDbContext db, CancellationToken ct)
    {
        var teams = db.Delegations.AsNoTracking();
        if (query.Round is { } round) { teams = teams.Where(d => d.RoundId == round); }
        if (!string.IsNullOrWhiteSpace(query.Party)) { teams = teams.Where(d => EF.Functions.Like(d.PartyKeys, SearchText.WholeKey(query.Party), SearchText.Escape)); }
        var items = await teams.OrderBy(d => d.Round!.Date == null).ThenBy(d => d.Round!.Date).ThenBy(d => d.RoundId).ThenBy(d => d.Party)
            .Skip(query.Skip).Take(query.Size).ToResponsesAsync(ct);
        return TypedResults.Ok(new Paged<DelegationResponse>(items, query.PageNumber, query.Size, await teams.CountAsync(ct)));
    }
}
