using System.ComponentModel;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using NegotiationTracker.Api.Common;

namespace NegotiationTracker.Api.Imports;

/// <summary>Paging of <c>GET /api/imports</c>, newest first.</summary>
public sealed record ImportListQuery : PageQuery;

/// <summary>Filter of <c>GET /api/imports/{id}</c>: the changes of one type of fact only.</summary>
public sealed record ImportQuery
{
    internal static readonly string[] Entities = ["articles", "conflicts", "delegations", "demands", "participants", "parties", "rounds", "venues"];

    [Description("Only the changes of one type of fact: articles, conflicts, delegations, demands, participants, parties, rounds or venues.")]
    [FromQuery(Name = "entity")]
    public string? Entity { get; init; }
}

internal sealed class ImportListQueryValidator : AbstractValidator<ImportListQuery>
{
    public ImportListQueryValidator() => Include(new PageQueryValidator());
}

internal sealed class ImportQueryValidator : AbstractValidator<ImportQuery>
{
    public ImportQueryValidator() => RuleFor(q => q.Entity).Must(e => e is null || ImportQuery.Entities.Contains(e))
        .WithMessage($"'entity' must be one of: {string.Join(", ", ImportQuery.Entities)}.").OverridePropertyName("entity");
}
