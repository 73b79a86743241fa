namespace NegotiationTracker.Extraction.Consolidation;

/// <summary>
/// The consolidated knowledge base across all articles. Every entity has a natural <c>Key</c> that
/// stays the same across imports as long as the entity exists, so the writer can keep its id.
/// </summary>
public sealed record KnowledgeBase(
    IReadOnlyList<KbParty> Parties,
    IReadOnlyList<KbVenue> Venues,
    IReadOnlyList<KbPerson> People,
    IReadOnlyList<KbRound> Rounds,
    IReadOnlyList<KbDelegation> Delegations,
    IReadOnlyList<KbDemand> Demands,
    IReadOnlyList<KbConflict> Conflicts);

public sealed record KbParty(string Name, IReadOnlyList<string> Aliases);

public sealed record KbVenue(string Key, string Name, string? City, string? Country, IReadOnlyList<string> Aliases, IReadOnlyList<Evidence> Evidence);

public sealed record KbTitle(string Title, IReadOnlyList<Evidence> Evidence);

public sealed record KbPerson(string Key, string Name, IReadOnlyList<string> Aliases, string? Party, IReadOnlyList<KbTitle> Titles, IReadOnlyList<Evidence> Evidence);

public sealed record KbRound(
    string Key, int? Number, DateOnly? Date, string DatePrecision, string? DateText, string? VenueKey, string? City,
    IReadOnlyList<string> Parties, IReadOnlyList<Evidence> Evidence)
{
    /// <summary>What the round produced, one entry per distinct wording, each with its evidence.</summary>
    public IReadOnlyList<KbOutcome> Outcomes { get; init; } = [];
}

public sealed record KbOutcome(string Text, IReadOnlyList<Evidence> Evidence);

public sealed record KbMember(string PersonKey, string? Title, bool IsHead);

public sealed record KbDelegation(string Key, string RoundKey, string Party, string Role, string? HeadKey, IReadOnlyList<KbMember> Members, IReadOnlyList<Evidence> Evidence);

public sealed record KbDemand(string Key, string Party, string Category, string Text, string? RoundKey, IReadOnlyList<Evidence> Evidence);

public sealed record KbClaim(string Value, IReadOnlyList<Evidence> Evidence);

public sealed record KbConflict(string Key, string Subject, string Field, IReadOnlyList<KbClaim> Claims);
