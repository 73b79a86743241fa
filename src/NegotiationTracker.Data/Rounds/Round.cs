using NegotiationTracker.Data.Common;
using NegotiationTracker.Data.Venues;

namespace NegotiationTracker.Data.Rounds;

/// <summary>One dated meeting of negotiating parties.</summary>
public sealed class Round : SyncedEntity
{
    public int? Number { get; set; }
    public DateOnly? Date { get; set; }
    public required string DatePrecision { get; set; }
    public string? DateText { get; set; }
    public int? VenueId { get; set; }
    public Venue? Venue { get; set; }
    public string? City { get; set; }
    public List<string> Parties { get; set; } = [];
    public List<OutcomeRecord> Outcomes { get; set; } = [];

    /// <summary>Folded names and aliases of the parties, <c>|russia|kremlin|moscow|…|</c>, for the party filter.</summary>
    public string PartyKeys { get; set; } = "|";
}
