using NegotiationTracker.Data.Common;
using NegotiationTracker.Data.Participants;
using NegotiationTracker.Data.Rounds;

namespace NegotiationTracker.Data.Delegations;

/// <summary>One party's team at one round.</summary>
public sealed class Delegation : SyncedEntity
{
    public int RoundId { get; set; }
    public Round? Round { get; set; }
    public required string Party { get; set; }
    public string PartyKeys { get; set; } = "|";
    public required string Role { get; set; }
    public int? HeadId { get; set; }
    public Participant? Head { get; set; }
    public List<DelegationMember> Members { get; set; } = [];
}

/// <summary>A person in a team, with the title the articles give them there.</summary>
public sealed class DelegationMember
{
    public int Id { get; set; }
    public int DelegationId { get; set; }
    public int ParticipantId { get; set; }
    public Participant? Participant { get; set; }
    public string? Title { get; set; }
    public bool IsHead { get; set; }
}
