using System.Text.Json.Serialization;
using NegotiationTracker.Api.Common;
using NegotiationTracker.Api.Imports;
using NegotiationTracker.Api.Delegations;
using NegotiationTracker.Api.Demands;

namespace NegotiationTracker.Api.Rounds;

/// <summary>One dated meeting. <c>datePrecision</c> is day, month, year, range or unknown; <c>dateText</c> the words it came from.</summary>
public sealed record RoundSummary(
    int Id, int? Number, DateOnly? Date, string DatePrecision, string? DateText, VenueRef? Venue, string? City,
    IReadOnlyList<string> Parties, IReadOnlyList<OutcomeResponse> Outcomes, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? EvidenceCount,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<EvidenceResponse>? Evidence) : Traced;

/// <summary>What a round produced ("agreed to large-scale prisoner exchanges"), with evidence.</summary>
public sealed record OutcomeResponse(string Text, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? EvidenceCount,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<EvidenceResponse>? Evidence);

/// <summary>One round with its delegations, the demands tied to it and its evidence.</summary>
public sealed record RoundDetail(
    int Id, int? Number, DateOnly? Date, string DatePrecision, string? DateText, VenueRef? Venue, string? City,
    IReadOnlyList<string> Parties, IReadOnlyList<OutcomeResponse> Outcomes, IReadOnlyList<DelegationResponse> Delegations,
    IReadOnlyList<DemandResponse> Demands, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? EvidenceCount,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<EvidenceResponse>? Evidence) : Traced;
