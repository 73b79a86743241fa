using NegotiationTracker.Api.Common;

namespace NegotiationTracker.Api.Demands;

/// <summary>What a party wants: a category of the fixed vocabulary and the demand in a short phrase.</summary>
public sealed record DemandResponse(int Id, string Party, string Category, string Text, int? RoundId, RoundRef? Round, IReadOnlyList<EvidenceResponse> Evidence);
