using System.ComponentModel;
using System.Text.Json.Serialization;

namespace NegotiationTracker.Api.Imports;

/// <summary>
/// A fact's provenance across imports: the import that first created it and the one that last changed
/// it, each an id of <c>GET /api/imports/{id}</c>. Single items always carry it; lists with
/// <c>evidence=full</c>, since the default counted lists are kept compact. Left out where a fact is only
/// embedded in another, and for facts written before the history existed.
/// </summary>
public abstract record Traced
{
    /// <summary>Whether a list in this evidence mode carries provenance.</summary>
    internal static bool InLists(Common.EvidenceMode mode) => mode == Common.EvidenceMode.Full;

    [Description("The import that first created this fact (GET /api/imports/{id}).")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? CreatedByImport { get; init; }

    [Description("The import that last changed this fact (GET /api/imports/{id}).")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? ChangedByImport { get; init; }
}
