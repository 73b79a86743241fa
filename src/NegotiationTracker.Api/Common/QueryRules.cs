using System.Globalization;
using FluentValidation;

namespace NegotiationTracker.Api.Common;

/// <summary>Validation rules that several query objects share.</summary>
internal static class QueryRules
{
    public const int MaxTextLength = 200;

    public static readonly string[] Categories =
    [
        "ceasefire", "prisoner-exchange", "humanitarian", "leaders-meeting", "territory", "nato", "neutrality",
        "demilitarization", "sanctions", "security-guarantees", "other",
    ];

    /// <summary>Free text filters: bounded, and printable.</summary>
    public static IRuleBuilderOptions<T, string?> FilterText<T>(this IRuleBuilder<T, string?> rule) =>
        rule.MaximumLength(MaxTextLength).Must(v => v is null || !v.Any(char.IsControl)).WithMessage("'{PropertyName}' must not contain control characters.");

    public static IRuleBuilderOptions<T, string?> IsoDate<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(v => v is null || TryDate(v, out _)).WithMessage("'{PropertyName}' must be an ISO date (YYYY-MM-DD).");

    public static bool TryDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static DateOnly? Date(string? text) => TryDate(text, out var date) ? date : null;
}
