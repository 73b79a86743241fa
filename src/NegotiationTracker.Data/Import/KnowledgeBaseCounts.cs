using Microsoft.EntityFrameworkCore;

namespace NegotiationTracker.Data.Import;

/// <summary>How many rows each entity type has: the "unchanged" counts of an import that had nothing to do.</summary>
internal static class KnowledgeBaseCounts
{
    public static async Task<IReadOnlyDictionary<string, int>> OfAsync(TrackerDbContext db, CancellationToken ct) => new SortedDictionary<string, int>(StringComparer.Ordinal)
    {
        ["articles"] = await db.Articles.CountAsync(ct),
        ["conflicts"] = await db.Conflicts.CountAsync(ct),
        ["delegations"] = await db.Delegations.CountAsync(ct),
        ["demands"] = await db.Demands.CountAsync(ct),
        ["participants"] = await db.Participants.CountAsync(ct),
        ["parties"] = await db.Parties.CountAsync(ct),
        ["rounds"] = await db.Rounds.CountAsync(ct),
        ["venues"] = await db.Venues.CountAsync(ct),
    };
}
