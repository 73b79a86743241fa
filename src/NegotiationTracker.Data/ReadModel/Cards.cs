namespace NegotiationTracker.Data.ReadModel;

/// <summary>A round: date, number, city, venue and the folded keys its filters match.</summary>
public sealed class RoundCard : ReadCard
{
    public DateOnly? Date { get; set; }

    /// <summary>The date lists sort by, undated rounds last (the last date there is): the default order is then an index's.</summary>
    public DateOnly DateOrder { get; set; }

    public int? Number { get; set; }
    public string? City { get; set; }
    public int? VenueId { get; set; }
    public string PartyKeys { get; set; } = "|";

    /// <summary>The venue's folded name and aliases, null when the round has no named venue.</summary>
    public string? VenueKeys { get; set; }
}

/// <summary>A delegation, with its round's date (lists sort by it).</summary>
public sealed class DelegationCard : ReadCard
{
    public int RoundId { get; set; }
    public DateOnly? RoundDate { get; set; }

    /// <summary>The round's date as lists sort by it, undated last (see <see cref="RoundCard.DateOrder"/>).</summary>
    public DateOnly RoundDateOrder { get; set; }

    public required string Party { get; set; }
    public string PartyKeys { get; set; } = "|";
    public required string Role { get; set; }
}

/// <summary>A person, with the folded keys of their party (null when it is no known party).</summary>
public sealed class ParticipantCard : ReadCard
{
    public required string Name { get; set; }
    public string? Party { get; set; }
    public string SearchKeys { get; set; } = "|";
    public string? PartyKeys { get; set; }
}

/// <summary>A demand, with its round's date (null without a round or a date).</summary>
public sealed class DemandCard : ReadCard
{
    public required string Party { get; set; }
    public string PartyKeys { get; set; } = "|";
    public required string Category { get; set; }
    public int? RoundId { get; set; }
    public DateOnly? RoundDate { get; set; }
}

/// <summary>A venue.</summary>
public sealed class VenueCard : ReadCard
{
    public required string Name { get; set; }
    public string? City { get; set; }
    public string? Country { get; set; }
}

/// <summary>A person in a team at a round, with their folded names: the person filters of rounds and the round filter of people.</summary>
public sealed class RoundMember
{
    public int Id { get; set; }
    public int RoundId { get; set; }
    public int ParticipantId { get; set; }
    public bool IsHead { get; set; }
    public string SearchKeys { get; set; } = "|";
}

/// <summary>The import version the read model was built from: a database migrated from before the read model is rebuilt once.</summary>
public sealed class ReadModelState
{
    public int Id { get; set; }
    public int Version { get; set; }
}

/// <summary>
/// One folded party name or alias of a card (<c>france</c>, <c>paris</c>), so a party filter is an
/// index lookup of the cards that have it, not a scan of every card's keys.
/// </summary>
public sealed class CardKey
{
    public CardKind Kind { get; set; }
    public required string Key { get; set; }
    public int CardId { get; set; }
}
