using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using FluentValidation;
using NegotiationTracker.Api.Common;
using NegotiationTracker.Data.Search;

namespace NegotiationTracker.Api.Search;

/// <summary>Query of <c>GET /api/search</c>.</summary>
public sealed record SearchQuery : PageQuery
{
    /// <summary>Words every sentence must contain (case and diacritics ignored); in double quotes, a phrase.</summary>
    [Description("Words every sentence must contain, case and diacritics ignored (ceasefire, \"prisoner exchange\", topkapi); in double quotes, a phrase.")]
    [FromQuery(Name = "q")]
    public string? Q { get; init; }

    /// <summary>The words as typed; a quoted input is one phrase.</summary>
    internal SearchTerms Terms
    {
        get
        {
            var text = (Q ?? string.Empty).Trim();
            var words = SearchWords.Pattern().Matches(text).Select(m => m.Value).ToList();
            return new SearchTerms(words, Phrase: text.Length > 1 && text[0] == '"' && text[^1] == '"');
        }
    }
}

internal sealed class SearchQueryValidator : AbstractValidator<SearchQuery>
{
    public SearchQueryValidator()
    {
        Include(new PageQueryValidator());
        RuleFor(q => q.Q).NotEmpty().WithMessage("'q' is required: the words to look for.").FilterText()
            .Must(q => q is null || SearchWords.Pattern().IsMatch(q)).WithMessage("'q' must contain a word.").OverridePropertyName("q");
    }
}
