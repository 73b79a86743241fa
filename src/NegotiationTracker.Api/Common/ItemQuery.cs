using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using FluentValidation;

namespace NegotiationTracker.Api.Common;

/// <summary>Query of the single-item endpoints: how much evidence to include (default full).</summary>
public sealed record ItemQuery
{
    /// <summary>none, count or full (default full).</summary>
    [Description(EvidenceModes.Description + " Default full.")]
    [FromQuery(Name = "evidence")]
    public string? Evidence { get; init; }

    public EvidenceMode Mode => EvidenceModes.Parse(Evidence, EvidenceMode.Full);
}

internal sealed class ItemQueryValidator : AbstractValidator<ItemQuery>
{
    public ItemQueryValidator() => RuleFor(q => q.Evidence).EvidenceMode().OverridePropertyName("evidence");
}
