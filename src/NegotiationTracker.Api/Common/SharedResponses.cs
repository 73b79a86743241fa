using NegotiationTracker.Data.Common;

namespace NegotiationTracker.Api.Common;

/// <summary>Where a fact was read: the article, the sentence, and its character offsets in the article.</summary>
public sealed record EvidenceResponse(int ArticleId, string File, string Sentence, int Start, int End);

/// <summary>A link to a person.</summary>
public sealed record PersonRef(int Id, string Name);

/// <summary>A link to a venue.</summary>
public sealed record VenueRef(int Id, string Name, string? City);

/// <summary>A link to a round: which meeting it is. <c>datePrecision</c> is day, month, year, range or unknown.</summary>
public sealed record RoundRef(int Id, int? Number, DateOnly? Date, string DatePrecision, string? City, VenueRef? Venue);

internal static class EvidenceMapping
{
    public static IReadOnlyList<EvidenceResponse> ToResponse(this IEnumerable<EvidenceRecord> evidence) =>
        [.. evidence.Select(e => new EvidenceResponse(e.ArticleId, e.File, e.Sentence, e.Start, e.End))];
}
