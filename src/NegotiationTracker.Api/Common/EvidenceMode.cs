using FluentValidation;
using NegotiationTracker.Data.Common;

namespace NegotiationTracker.Api.Common;

/// <summary>
/// How much evidence an answer carries. Evidence is most of every payload (about four fifths of a
/// list), so lists default to a count and single items to the full sentences.
/// </summary>
public enum EvidenceMode
{
    None,
    Count,
    Full,
}

internal static class EvidenceModes
{
    public static readonly string[] Names = ["none", "count", "full"];

    public const string Description = "How much evidence to include: none, count (evidenceCount only) or full (the sentences too).";

    public static EvidenceMode Parse(string? text, EvidenceMode fallback) =>
        text is null ? fallback : Enum.TryParse<EvidenceMode>(text, ignoreCase: true, out var mode) && Names.Contains(text.ToLowerInvariant()) ? mode : fallback;

    public static IRuleBuilderOptions<T, string?> EvidenceMode<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(v => v is null || Names.Contains(v.ToLowerInvariant())).WithMessage("'evidence' must be one of: none, count, full.");

    /// <summary>The sentences, only when asked for in full (null is left out of the JSON).</summary>
    public static IReadOnlyList<EvidenceResponse>? ListFor(this IReadOnlyCollection<EvidenceRecord> evidence, EvidenceMode mode) =>
        mode == Common.EvidenceMode.Full ? evidence.ToResponse() : null;

    /// <summary>How many sentences, unless no evidence at all was asked for.</summary>
    public static int? CountFor(this IReadOnlyCollection<EvidenceRecord> evidence, EvidenceMode mode) =>
        mode == Common.EvidenceMode.None ? null : evidence.Count;
}
