using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using FluentValidation;
using NegotiationTracker.Api.Common;

namespace NegotiationTracker.Api.Participants;

/// <summary>Query of <c>GET /api/participants/{id}/rounds</c>.</summary>
public sealed record ParticipantRoundsQuery : PageQuery
{
    /// <summary>true: only rounds at which the person headed a delegation; false: only those where they did not.</summary>
    [Description("true: only rounds at which the person headed a delegation; false: only those where they did not.")]
    [FromQuery(Name = "head")]
    public bool? Head { get; init; }
}

internal sealed class ParticipantRoundsQueryValidator : AbstractValidator<ParticipantRoundsQuery>
{
    public ParticipantRoundsQueryValidator() => Include(new PageQueryValidator());
}
