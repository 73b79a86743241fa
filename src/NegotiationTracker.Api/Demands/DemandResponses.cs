using System.Text.Json.Serialization;
using NegotiationTracker.Api.Common;
using NegotiationTracker.Api.Imports;

namespace NegotiationTracker.Api.Demands;

/// <summary>What a party wants: a category of the fixed vocabulary and the demand in a short phrase.</summary>
public sealed record DemandResponse(int Id, string Party, string Category, string Text, int? RoundId, RoundRef? Round, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? EvidenceCount,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<EvidenceResponse>? Evidence) : Traced;
