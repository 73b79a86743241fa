using Microsoft.EntityFrameworkCore;

namespace NegotiationTracker.Data.ReadModel;

/// <summary>Deletes the cards about to be written again: the selected ones, or all of them.</summary>
internal static class ReadModelCleaner
{
    public static async Task ClearAsync(TrackerDbContext db, ReadModelSelection? only, CancellationToken ct)
    {
        await db.ReadModelStates.ExecuteDeleteAsync(ct);
        await ClearAsync(db, db.RoundCards, CardKind.Round, only, ct);
        await ClearAsync(db, db.DelegationCards, CardKind.Delegation, only, ct);
        await ClearAsync(db, db.ParticipantCards, CardKind.Participant, only, ct);
        await ClearAsync(db, db.DemandCards, CardKind.Demand, only, ct);
        await ClearAsync(db, db.VenueCards, CardKind.Venue, only, ct);
        if (only is null) { await db.RoundMembers.ExecuteDeleteAsync(ct); return; }
        var rounds = only.Rounds.ToList();
        if (rounds.Count > 0) { await db.RoundMembers.Where(m => rounds.Contains(m.RoundId)).ExecuteDeleteAsync(ct); }
    }

    private static async Task ClearAsync<T>(TrackerDbContext db, DbSet<T> cards, CardKind kind, ReadModelSelection? only, CancellationToken ct) where T : ReadCard
    {
        if (only is null)
        {
            await cards.ExecuteDeleteAsync(ct);
            await db.CardAnswers.Where(a => a.Kind == kind).ExecuteDeleteAsync(ct);
            await db.CardKeys.Where(k => k.Kind == kind).ExecuteDeleteAsync(ct);
            await db.CardGrams.Where(g => g.Kind == kind).ExecuteDeleteAsync(ct);
            return;
        }

        var ids = only.Of(kind).ToList();
        if (ids.Count == 0) { return; }
        await cards.Where(c => ids.Contains(c.Id)).ExecuteDeleteAsync(ct);
        await db.CardAnswers.Where(a => a.Kind == kind && ids.Contains(a.Id)).ExecuteDeleteAsync(ct);
        await db.CardKeys.Where(k => k.Kind == kind && ids.Contains(k.CardId)).ExecuteDeleteAsync(ct);
        await db.CardGrams.Where(g => g.Kind == kind && ids.Contains(g.CardId)).ExecuteDeleteAsync(ct);
    }
}
