using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using FluentValidation;
using NegotiationTracker.Api.Common;
using NegotiationTracker.Data.ReadModel;

namespace NegotiationTracker.Api.Delegations;

/// <summary>Filters of <c>GET /api/delegations</c>.</summary>
public sealed record DelegationListQuery : PageQuery
{
    /// <summary>The fields <c>sort</c> takes.</summary>
    internal static readonly SortFields<DelegationCard> Sorts = new SortFields<DelegationCard>(e => e.Id)
        .Add("date", d => d.RoundDate, d => d.RoundDate == null).Add("round", d => d.RoundId).Add("party", d => d.Party).Add("role", d => d.Role).Add("id", d => d.Id);

    /// <summary>Comma-separated fields: date, round, party, role, id; a leading - sorts descending. Default: round date, then party.</summary>
    [Description("Comma-separated fields: date, round, party, role, id; a leading - sorts descending (-date). Default: round date, then party.")]
    [FromQuery(Name = "sort")]
    public string? Sort { get; init; }

    /// <summary>Round id.</summary>
    [Description("Round id.")]
    [FromQuery(Name = "round")]
    public int? Round { get; init; }

    /// <summary>The team's party, by name or any alias.</summary>
    [Description("The team's party, by name or any alias.")]
    [FromQuery(Name = "party")]
    public string? Party { get; init; }
}

internal sealed class DelegationListQueryValidator : AbstractValidator<DelegationListQuery>
{
    public DelegationListQueryValidator()
    {
        Include(new PageQueryValidator());
        RuleFor(q => q.Sort).SortOf(DelegationListQuery.Sorts).OverridePropertyName("sort");
        RuleFor(q => q.Round).GreaterThan(0).OverridePropertyName("round");
        RuleFor(q => q.Party).FilterText().OverridePropertyName("party");
    }
}
