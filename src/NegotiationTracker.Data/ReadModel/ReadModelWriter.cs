using Microsoft.EntityFrameworkCore;

namespace NegotiationTracker.Data.ReadModel;

/// <summary>
/// Rebuilds the read model from the facts whenever the import version it was built from is not the
/// current one: inside the import's transaction after a change, or once at start-up for a database
/// imported before the read model existed. Readers keep the old cards until the commit.
/// </summary>
public static class ReadModelWriter
{
    public static async Task RefreshAsync(TrackerDbContext db, IReadModelRenderer? renderer, CancellationToken ct)
    {
        if (renderer is null) { return; }
        var version = await db.ImportStates.AsNoTracking().Select(s => (int?)s.Version).SingleOrDefaultAsync(ct) ?? 0;
        var built = await db.ReadModelStates.AsNoTracking().Select(s => (int?)s.Version).SingleOrDefaultAsync(ct);
        if (built == version) { return; }

        // Own transaction only when called outside an import's (at start-up).
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        await ClearAsync(db, ct);
        var answers = await renderer.RenderAsync(db, ct);
        await CardSources.AddAllAsync(db, answers, ct);
        db.ReadModelStates.Add(new ReadModelState { Version = version });
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        if (transaction is not null) { await transaction.CommitAsync(ct); }
    }

    private static async Task ClearAsync(TrackerDbContext db, CancellationToken ct)
    {
        await db.RoundCards.ExecuteDeleteAsync(ct);
        await db.DelegationCards.ExecuteDeleteAsync(ct);
        await db.ParticipantCards.ExecuteDeleteAsync(ct);
        await db.DemandCards.ExecuteDeleteAsync(ct);
        await db.VenueCards.ExecuteDeleteAsync(ct);
        await db.RoundMembers.ExecuteDeleteAsync(ct);
        await db.CardAnswers.ExecuteDeleteAsync(ct);
        await db.CardKeys.ExecuteDeleteAsync(ct);
        await db.ReadModelStates.ExecuteDeleteAsync(ct);
    }
}
