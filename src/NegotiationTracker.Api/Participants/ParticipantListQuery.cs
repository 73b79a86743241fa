using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using FluentValidation;
using NegotiationTracker.Api.Common;

namespace NegotiationTracker.Api.Participants;

/// <summary>Filters of <c>GET /api/participants</c>.</summary>
public sealed record ParticipantListQuery : PageQuery
{
    /// <summary>Any part of the name or of a spelling variant; case and diacritics ignored (cavusoglu, ÇAVUŞOĞLU, mirzoian).</summary>
    [Description("Any part of the name or of a spelling variant; case and diacritics ignored (cavusoglu, ÇAVUŞOĞLU, mirzoian).")]
    [FromQuery(Name = "name")]
    public string? Name { get; init; }

    /// <summary>The person's party, by name or any alias.</summary>
    [Description("The person's party, by name or any alias.")]
    [FromQuery(Name = "party")]
    public string? Party { get; init; }

    /// <summary>Round id: people in a delegation at that round.</summary>
    [Description("Round id: people in a delegation at that round.")]
    [FromQuery(Name = "round")]
    public int? Round { get; init; }
}

internal sealed class ParticipantListQueryValidator : AbstractValidator<ParticipantListQuery>
{
    public ParticipantListQueryValidator()
    {
        Include(new PageQueryValidator());
        RuleFor(q => q.Name).FilterText().OverridePropertyName("name");
        RuleFor(q => q.Party).FilterText().OverridePropertyName("party");
        RuleFor(q => q.Round).GreaterThan(0).OverridePropertyName("round");
    }
}
