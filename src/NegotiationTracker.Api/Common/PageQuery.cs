using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using FluentValidation;

namespace NegotiationTracker.Api.Common;

/// <summary>Paging parameters shared by every list endpoint.</summary>
public record PageQuery
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

    /// <summary>Far beyond any real list; keeps page × pageSize inside an int.</summary>
    public const int MaxPage = 1_000_000;

    /// <summary>Page number, from 1.</summary>
    [Description("Page number, from 1 (default 1).")]
    [FromQuery(Name = "page")]
    public int? Page { get; init; }

    /// <summary>Items per page, 1–200.</summary>
    [Description("Items per page, 1–200 (default 50).")]
    [FromQuery(Name = "pageSize")]
    public int? PageSize { get; init; }

    /// <summary>none, count or full (default count).</summary>
    [Description(EvidenceModes.Description + " Default count.")]
    [FromQuery(Name = "evidence")]
    public string? Evidence { get; init; }

    /// <summary>json (default) or csv.</summary>
    [Description("json (default) or csv: one row per item with a header row, evidence as a count. `Accept: text/csv` works too.")]
    [FromQuery(Name = "format")]
    public string? Format { get; init; }

    public EvidenceMode Mode => EvidenceModes.Parse(Evidence, EvidenceMode.Count);

    public int PageNumber => Page ?? 1;

    public int Size => PageSize ?? DefaultPageSize;

    public int Skip => (PageNumber - 1) * Size;
}

/// <summary>The paging rules, included by each list query's validator.</summary>
public sealed class PageQueryValidator : AbstractValidator<PageQuery>
{
    public PageQueryValidator()
    {
        RuleFor(q => q.Page).InclusiveBetween(1, PageQuery.MaxPage).OverridePropertyName("page").WithName("page");
        RuleFor(q => q.PageSize).InclusiveBetween(1, PageQuery.MaxPageSize).OverridePropertyName("pageSize").WithName("pageSize");
        RuleFor(q => q.Evidence).EvidenceMode().OverridePropertyName("evidence");
        RuleFor(q => q.Format).Must(f => f is null || f.Equals(ListFormat.Csv, StringComparison.OrdinalIgnoreCase) || f.Equals(ListFormat.Json, StringComparison.OrdinalIgnoreCase))
            .WithMessage("'format' must be json or csv.").OverridePropertyName("format");
    }
}
