using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using FluentValidation;
using NegotiationTracker.Api.Common;
using NegotiationTracker.Data.ReadModel;

namespace NegotiationTracker.Api.Demands;

/// <summary>Filters of <c>GET /api/demands</c>.</summary>
public sealed record DemandListQuery : PageQuery
{
    /// <summary>The fields <c>sort</c> takes.</summary>
    internal static readonly SortFields<DemandCard> Sorts = new SortFields<DemandCard>(e => e.Id)
        .Add("party", d => d.Party).Add("category", d => d.Category).Add("date", d => d.RoundDate, d => d.RoundDate == null).Add("id", d => d.Id);

    /// <summary>Comma-separated fields: party, category, date, id; a leading - sorts descending. Default: party, then category.</summary>
    [Description("Comma-separated fields: party, category, date, id; a leading - sorts descending (-date). Default: party, then category.")]
    [FromQuery(Name = "sort")]
    public string? Sort { get; init; }

    /// <summary>The demanding party, by name or any alias.</summary>
    [Description("The demanding party, by name or any alias.")]
    [FromQuery(Name = "party")]
    public string? Party { get; init; }

    /// <summary>One of: ceasefire, prisoner-exchange, humanitarian, leaders-meeting, territory, nato, neutrality, demilitarization, sanctions, security-guarantees, other.</summary>
    [Description("One of: ceasefire, prisoner-exchange, humanitarian, leaders-meeting, territory, nato, neutrality, demilitarization, sanctions, security-guarantees, other.")]
    [FromQuery(Name = "category")]
    public string? Category { get; init; }

    /// <summary>Round id.</summary>
    [Description("Round id.")]
    [FromQuery(Name = "round")]
    public int? Round { get; init; }
}

internal sealed class DemandListQueryValidator : AbstractValidator<DemandListQuery>
{
    public DemandListQueryValidator()
    {
        Include(new PageQueryValidator());
        RuleFor(q => q.Sort).SortOf(DemandListQuery.Sorts).OverridePropertyName("sort");
        RuleFor(q => q.Party).FilterText().OverridePropertyName("party");
        RuleFor(q => q.Round).GreaterThan(0).OverridePropertyName("round");
        RuleFor(q => q.Category).Must(c => c is null || QueryRules.Categories.Contains(c))
            .WithMessage($"'category' must be one of: {string.Join(", ", QueryRules.Categories)}.").OverridePropertyName("category");
    }
}
