using System.Text.Json.Serialization;
using NegotiationTracker.Api.Common;

namespace NegotiationTracker.Api.Conflicts;

/// <summary>One side of a disagreement: a value and the evidence for it.</summary>
public sealed record ClaimResponse(
    string Value,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? EvidenceCount,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<EvidenceResponse>? Evidence);

/// <summary>
/// A fact on which the articles disagree (a delegation's head, a round's venue), with every claim.
/// <c>subjectType</c> (round or delegation), <c>subjectId</c> and <c>subjectLink</c> say what it is about;
/// <c>subject</c> is the same in words.
/// </summary>
public sealed record ConflictResponse(
    int Id, string Subject, string? SubjectType, int? SubjectId, string? SubjectLink, string Field, IReadOnlyList<ClaimResponse> Claims);
