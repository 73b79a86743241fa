using Microsoft.EntityFrameworkCore;

namespace NegotiationTracker.Data.ReadModel;

/// <summary>
/// Brings the read model up to the current import version, inside the import's transaction (readers keep
/// the old cards until the commit): when it was built from the version just before and the import says
/// what it wrote, only the cards of those facts and of the facts whose answers embed them are written
/// again; otherwise (the first import, a database imported before the read model existed, an import by a
/// tool that renders nothing) the whole read model is built anew.
/// </summary>
public static class ReadModelWriter
{
    /// <param name="touches">What the import wrote; null rebuilds the whole read model whenever it is behind.</param>
    /// <returns>How many cards were written (0 when the read model was current).</returns>
    public static async Task<int> RefreshAsync(TrackerDbContext db, IReadModelRenderer? renderer, CancellationToken ct, ImportTouches? touches = null)
    {
        if (renderer is null) { return 0; }
        var version = await db.ImportStates.AsNoTracking().Select(s => (int?)s.Version).SingleOrDefaultAsync(ct) ?? 0;
        var built = await db.ReadModelStates.AsNoTracking().Select(s => (int?)s.Version).SingleOrDefaultAsync(ct);
        if (built == version) { return 0; }

        // Own transaction only when called outside an import's (at start-up).
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        var only = touches is not null && built == version - 1 ? await ReadModelScope.AffectedAsync(db, touches, ct) : null;
        await ReadModelCleaner.ClearAsync(db, only, ct);
        var written = 0;
        foreach (var part in only is null ? await ReadModelChunks.AllAsync(db, ct) : [only])
        {
            var rendered = await renderer.RenderAsync(db, part, ct);
            await CardSources.AddAsync(db, rendered, part, ct);
            written += rendered.Cards.Values.Sum(c => c.Count);
        }

        db.ReadModelStates.Add(new ReadModelState { Version = version });
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        if (transaction is not null) { await transaction.CommitAsync(ct); }
        return written;
    }
}
