using System.Text.Json.Serialization;
using NegotiationTracker.Api.Common;
using NegotiationTracker.Api.Imports;

namespace NegotiationTracker.Api.Participants;

/// <summary>A person in a list: canonical name, other spellings seen, party and titles held.</summary>
public sealed record ParticipantSummary(int Id, string Name, IReadOnlyList<string> Aliases, string? Party, IReadOnlyList<TitleResponse> Titles) : Traced;

/// <summary>A title a person held, with the sentences that say so (titles change over time).</summary>
public sealed record TitleResponse(string Title, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? EvidenceCount,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<EvidenceResponse>? Evidence);

/// <summary>A team the person was part of.</summary>
public sealed record MembershipResponse(int DelegationId, RoundRef Round, string Party, string Role, string? Title, bool IsHead);

/// <summary>One person with titles, delegations and evidence.</summary>
public sealed record ParticipantDetail(
    int Id, string Name, IReadOnlyList<string> Aliases, string? Party, IReadOnlyList<TitleResponse> Titles,
    IReadOnlyList<MembershipResponse> Delegations, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? EvidenceCount,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<EvidenceResponse>? Evidence) : Traced;
