using Microsoft.EntityFrameworkCore;

namespace NegotiationTracker.Data.ReadModel;

/// <summary>
/// A whole read model built in parts: every fact's id, cut into selections of at most <see cref="Size"/> facts
/// of each kind. A part's answers (six renderings of each fact) are written before the next is rendered, so
/// memory holds one part's, not the whole knowledge base's (20,000 articles render ~85,000 cards).
/// </summary>
internal static class ReadModelChunks
{
    public const int Size = 2_000;

    public static async Task<List<ReadModelSelection>> AllAsync(TrackerDbContext db, CancellationToken ct)
    {
        var rounds = await db.Rounds.Select(r => r.Id).OrderBy(id => id).ToListAsync(ct);
        var teams = await db.Delegations.Select(d => d.Id).OrderBy(id => id).ToListAsync(ct);
        var people = await db.Participants.Select(p => p.Id).OrderBy(id => id).ToListAsync(ct);
        var demands = await db.Demands.Select(d => d.Id).OrderBy(id => id).ToListAsync(ct);
        var venues = await db.Venues.Select(v => v.Id).OrderBy(id => id).ToListAsync(ct);
        var parts = new[] { rounds, teams, people, demands, venues }.Max(ids => ids.Count) / Size + 1;
        return [.. Enumerable.Range(0, parts).Select(i => new ReadModelSelection(
            Part(rounds, i), Part(teams, i), Part(people, i), Part(demands, i), Part(venues, i)))];
    }

    private static List<int> Part(List<int> ids, int index) => [.. ids.Skip(index * Size).Take(Size)];
}
