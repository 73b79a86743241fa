namespace NegotiationTracker.Api.Common;

/// <summary>Where a client reads one fact of each type, so answers can link to it.</summary>
internal static class Links
{
    public static string Of(string type, int id) => type switch
    {
        "round" => $"/api/rounds/{id}",
        "delegation" => $"/api/delegations/{id}",
        "participant" => $"/api/participants/{id}",
        "venue" => $"/api/venues/{id}",
        "demand" => $"/api/demands/{id}",
        "conflict" => $"/api/conflicts/{id}",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "No endpoint serves this type."),
    };
}
