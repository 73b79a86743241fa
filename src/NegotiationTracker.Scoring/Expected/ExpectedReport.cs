using System.Text.Json;

namespace NegotiationTracker.Scoring.Expected;

/// <summary>The facts a careful reader takes from one report (<c>&lt;slug&gt;.expected.json</c>, see its JSON Schema).</summary>
public sealed record ExpectedReport(
    string File,
    string Negotiation,
    string? PublishedOn,
    IReadOnlyList<ExpectedRound> Rounds,
    IReadOnlyList<ExpectedNotRound> NotRounds,
    IReadOnlyList<ExpectedPerson> Persons,
    IReadOnlyList<ExpectedDemand> Demands)
{
    public IReadOnlyList<string> NotPersons { get; init; } = [];

    /// <summary>Per field, the hits the extractor reached when the floor was last raised ("maxwrong" is a ceiling).</summary>
    public IReadOnlyDictionary<string, int> Floor { get; init; } = new Dictionary<string, int>();

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static ExpectedReport Parse(string json) =>
        JsonSerializer.Deserialize<ExpectedReport>(json, Json) ?? throw new JsonException("The expected-facts file is empty.");
}

public sealed record ExpectedRound(
    string? Date,
    string Precision,
    string? City,
    string? Venue,
    IReadOnlyList<string> Parties,
    IReadOnlyList<ExpectedDelegation> Delegations)
{
    public string? EndDate { get; init; }
    public string? DateText { get; init; }
    public int? Number { get; init; }
    public IReadOnlyList<string> Mediators { get; init; } = [];
}

public sealed record ExpectedDelegation(string Party, string Role, string? Head, IReadOnlyList<string> Members);

public sealed record ExpectedNotRound(string? Date, string Kind, string What);

public sealed record ExpectedPerson(string Name, IReadOnlyList<string> Titles)
{
    public IReadOnlyList<string> Aliases { get; init; } = [];
    public string? Party { get; init; }
}

public sealed record ExpectedDemand(string Party, string Category, string Topic);
