using System.Text.Json.Serialization;
using NegotiationTracker.Api.Common;
using NegotiationTracker.Api.Imports;

namespace NegotiationTracker.Api.Delegations;

/// <summary>A person in a team, with the title the articles give them there.</summary>
public sealed record MemberResponse(PersonRef Person, string? Title);

/// <summary>One party's team at one round (<c>round</c> says which meeting). <c>members</c> includes the head; <c>role</c> is negotiator, mediator or observer.</summary>
public sealed record DelegationResponse(
    int Id, int RoundId, RoundRef Round, string Party, string Role, PersonRef? Head, IReadOnlyList<MemberResponse> Members, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? EvidenceCount,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<EvidenceResponse>? Evidence) : Traced;
