using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using FluentValidation;
using NegotiationTracker.Api.Common;
using NegotiationTracker.Data.ReadModel;

namespace NegotiationTracker.Api.Rounds;

/// <summary>Filters of <c>GET /api/rounds</c>.</summary>
public sealed record RoundListQuery : PageQuery
{
    /// <summary>The fields <c>sort</c> takes.</summary>
    internal static readonly SortFields<RoundCard> Sorts = new SortFields<RoundCard>(e => e.Id)
        .Add("date", r => r.Date, r => r.Date == null).Add("number", r => r.Number, r => r.Number == null).Add("city", r => r.City).Add("id", r => r.Id);

    /// <summary>Comma-separated fields: date, number, city, id; a leading - sorts descending. Default: date (default: undated last).</summary>
    [Description("Comma-separated fields: date, number, city, id; a leading - sorts descending (-date). Default: date (default: undated last).")]
    [FromQuery(Name = "sort")]
    public string? Sort { get; init; }

    /// <summary>A party taking part, by name or any alias (turkey, Kremlin, Kyiv).</summary>
    [Description("A party taking part, by name or any alias (turkey, Kremlin, Kyiv).")]
    [FromQuery(Name = "party")]
    public string? Party { get; init; }

    /// <summary>Earliest date, ISO YYYY-MM-DD.</summary>
    [Description("Earliest date, ISO YYYY-MM-DD.")]
    [FromQuery(Name = "from")]
    public string? From { get; init; }

    /// <summary>Latest date, ISO YYYY-MM-DD.</summary>
    [Description("Latest date, ISO YYYY-MM-DD.")]
    [FromQuery(Name = "to")]
    public string? To { get; init; }

    /// <summary>The venue, by any part of its name or aliases, diacritics ignored.</summary>
    [Description("The venue, by any part of its name or aliases, diacritics ignored.")]
    [FromQuery(Name = "venue")]
    public string? Venue { get; init; }

    /// <summary>The round's ordinal within its talks (1 = the first round).</summary>
    [Description("The round's ordinal within its talks (1 = the first round).")]
    [FromQuery(Name = "number")]
    public int? Number { get; init; }

    /// <summary>A person in any delegation at the round: an id, or any part of any spelling of the name (ivanova, mueller).</summary>
    [Description("A person in any delegation at the round: an id, or any part of any spelling of the name (ivanova, mueller).")]
    [FromQuery(Name = "participant")]
    public string? Participant { get; init; }

    /// <summary>A person who headed a delegation at the round: an id, or any part of any spelling of the name.</summary>
    [Description("A person who headed a delegation at the round: an id, or any part of any spelling of the name.")]
    [FromQuery(Name = "head")]
    public string? Head { get; init; }
}

internal sealed class RoundListQueryValidator : AbstractValidator<RoundListQuery>
{
    public RoundListQueryValidator()
    {
        Include(new PageQueryValidator());
        RuleFor(q => q.Sort).SortOf(RoundListQuery.Sorts).OverridePropertyName("sort");
        RuleFor(q => q.Party).FilterText().OverridePropertyName("party");
        RuleFor(q => q.Venue).FilterText().OverridePropertyName("venue");
        RuleFor(q => q.From).IsoDate().OverridePropertyName("from");
        RuleFor(q => q.To).IsoDate().OverridePropertyName("to");
        RuleFor(q => q.Number).GreaterThan(0).OverridePropertyName("number");
        RuleFor(q => q.Participant).FilterText().OverridePropertyName("participant");
        RuleFor(q => q.Head).FilterText().OverridePropertyName("head");
        RuleFor(q => q).Must(q => QueryRules.Date(q.From) is not { } from || QueryRules.Date(q.To) is not { } to || from <= to)
            .WithMessage("'from' must not be after 'to'.").OverridePropertyName("from");
    }
}
