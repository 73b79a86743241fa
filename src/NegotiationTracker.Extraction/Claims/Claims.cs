using NegotiationTracker.Extraction.Lexicon;

namespace NegotiationTracker.Extraction.Claims;

/// <summary>Everything one article claims, before any other article is consulted; <see cref="PageParties"/> are the parties it names that the lexicon does not know.</summary>
public sealed record ArticleClaims(
    string File,
    DateOnly? Dateline,
    IReadOnlyList<string> Negotiators,
    IReadOnlyList<RoundClaim> Rounds,
    IReadOnlyList<PersonClaim> People,
    IReadOnlyList<DelegationClaim> Delegations,
    IReadOnlyList<DemandClaim> Demands,
    IReadOnlyList<Party> PageParties);

/// <summary>A meeting the article speaks of. <see cref="Local"/> identifies it within the article.</summary>
public sealed record RoundClaim
{
    public required int Local { get; init; }
    public required string File { get; init; }
    public required IReadOnlyList<string> Negotiators { get; init; }
    public DateOnly? Date { get; set; }
    public int? Month { get; set; }
    public int? Day { get; set; }
    public string Precision { get; set; } = "unknown";
    public string? DateText { get; set; }
    public int? Number { get; set; }

    /// <summary>For a numbered round dated only by month or year ("the second round in June 2025"): that coarser date.</summary>
    public DateOnly? CoarseDate { get; set; }
    public string? City { get; set; }

    /// <summary>The country code of a meeting placed by its country alone ("opened in Qatar"): its city is the report's city there.</summary>
    public string? Country { get; set; }
    public string? Venue { get; set; }
    public bool IsMain { get; set; }
    public List<Evidence> Evidence { get; } = [];
    public List<Evidence> VenueEvidence { get; } = [];

    /// <summary>What the meeting produced, as written ("agreed to large-scale prisoner exchanges").</summary>
    public List<(string Text, Evidence Evidence)> Outcomes { get; } = [];

    /// <summary>A meeting the report recalls by its month and places ("last met, in Moscow in July 2023"): its city is its own.</summary>
    public bool IsPlacedMonthRecall => Date is null && City is not null && (CoarseDate is not null || Month is not null);
}

/// <summary>A person as one sentence names them: the name as written, the title and party written with it.</summary>
public sealed record PersonClaim(string Name, string? Title, string? Party, Evidence Evidence);

/// <summary>A person in a party's team at a round (the article's round <see cref="RoundLocal"/>); no person when the report names only the team ("the Russian side").</summary>
public sealed record DelegationClaim(int RoundLocal, string Party, string Role, string? Person, bool IsHead, string? Title, Evidence Evidence);

/// <summary>What a party wants, by category, in a short phrase.</summary>
public sealed record DemandClaim(string Party, string Category, string Label, string Text, int? RoundLocal, Evidence Evidence);
