using System.ComponentModel;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;
using FluentValidation;
using NegotiationTracker.Api.Common;

namespace NegotiationTracker.Api.Search;

/// <summary>Query of <c>GET /api/search</c>.</summary>
public sealed partial record SearchQuery : PageQuery
{
    /// <summary>Words every sentence must contain (case and diacritics ignored); in double quotes, a phrase.</summary>
    [Description("Words every sentence must contain, case and diacritics ignored (ceasefire, \"prisoner exchange\", topkapi); in double quotes, a phrase.")]
    [FromQuery(Name = "q")]
    public string? Q { get; init; }

    /// <summary>
    /// The words as an FTS5 query: each word quoted, so nothing the user types is FTS syntax
    /// (AND, NEAR, *, column filters); a quoted input stays one phrase.
    /// </summary>
    internal string MatchExpression
    {
        get
        {
            var words = Words().Matches(Fold(Q ?? string.Empty)).Select(m => m.Value).ToList();
            var text = (Q ?? string.Empty).Trim();
            return text.Length > 1 && text[0] == '"' && text[^1] == '"' ? $"\"{string.Join(' ', words)}\"" : string.Join(' ', words.Select(w => $"\"{w}\""));
        }
    }

    private static string Fold(string text) =>
        Data.Search.EvidenceIndex.ExtraFolds.Aggregate(text, (t, f) => t.Replace(f.From, f.To));

    [GeneratedRegex(@"[\p{L}\p{N}\p{M}]+")]
    internal static partial Regex Words();
}

internal sealed class SearchQueryValidator : AbstractValidator<SearchQuery>
{
    public SearchQueryValidator()
    {
        Include(new PageQueryValidator());
        RuleFor(q => q.Q).NotEmpty().WithMessage("'q' is required: the words to look for.").FilterText()
            .Must(q => q is null || SearchQuery.Words().IsMatch(q)).WithMessage("'q' must contain a word.").OverridePropertyName("q");
    }
}
