using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using FluentValidation;
using NegotiationTracker.Api.Common;
using NegotiationTracker.Data.ReadModel;

namespace NegotiationTracker.Api.Participants;

/// <summary>Filters of <c>GET /api/participants</c>.</summary>
public sealed record ParticipantListQuery : PageQuery
{
    /// <summary>The fields <c>sort</c> takes.</summary>
    internal static readonly SortFields<ParticipantCard> Sorts = new SortFields<ParticipantCard>(e => e.Id)
        .Add("name", p => p.Name).Add("party", p => p.Party, p => p.Party == null).Add("id", p => p.Id);

    /// <summary>Comma-separated fields: name, party, id; a leading - sorts descending. Default: name.</summary>
    [Description("Comma-separated fields: name, party, id; a leading - sorts descending (-date). Default: name.")]
    [FromQuery(Name = "sort")]
    public string? Sort { get; init; }

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
        RuleFor(q => q.Sort).SortOf(ParticipantListQuery.Sorts).OverridePropertyName("sort");
        RuleFor(q => q.Name).FilterText().OverridePropertyName("name");
        RuleFor(q => q.Party).FilterText().OverridePropertyName("party");
        RuleFor(q => q.Round).GreaterThan(0).OverridePropertyName("round");
    }
}
