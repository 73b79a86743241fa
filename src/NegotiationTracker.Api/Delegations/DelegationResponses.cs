using NegotiationTracker.Api.Common;

namespace NegotiationTracker.Api.Delegations;

/// <summary>A person in a team, with the title the articles give them there.</summary>
public sealed record MemberResponse(PersonRef Person, string? Title);

/// <summary>One party's team at one round. <c>members</c> includes the head.</summary>
public sealed record DelegationResponse(
    int Id, int RoundId, string Party, string Role, PersonRef? Head, IReadOnlyList<MemberResponse> Members, IReadOnlyList<EvidenceResponse> Evidence);
