using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using FluentValidation;
using NegotiationTracker.Api.Common;

namespace NegotiationTracker.Api.Delegations;

/// <summary>Filters of <c>GET /api/delegations</c>.</summary>
public sealed record DelegationListQuery : PageQuery
{
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
        RuleFor(q => q.Round).GreaterThan(0).OverridePropertyName("round");
        RuleFor(q => q.Party).FilterText().OverridePropertyName("party");
    }
}
