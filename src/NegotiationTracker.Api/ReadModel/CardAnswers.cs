using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using NegotiationTracker.Api.Common;
using NegotiationTracker.Data;
using NegotiationTracker.Data.ReadModel;

namespace NegotiationTracker.Api.ReadModel;

/// <summary>Reads one item's stored answer with a compiled key lookup (a list page's: <see cref="CardPages"/>).</summary>
internal static class CardAnswers
{
    private static readonly Func<TrackerDbContext, CardKind, int, Task<byte[]?>>[] Lookups =
    [
        Lookup(a => a.None), Lookup(a => a.Count), Lookup(a => a.Full),
        Lookup(a => a.DetailNone ?? a.None), Lookup(a => a.DetailCount ?? a.Count), Lookup(a => a.DetailFull ?? a.Full),
    ];

    /// <summary>One item's answer, as a single item (<paramref name="detail"/>: with what only the single item shows), or null.</summary>
    public static Task<byte[]?> FindAsync(TrackerDbContext db, CardKind kind, int id, EvidenceMode mode, bool detail = false) =>
        Lookups[(detail ? 3 : 0) + (int)mode](db, kind, id);

    private static Func<TrackerDbContext, CardKind, int, Task<byte[]?>> Lookup(Expression<Func<CardAnswer, byte[]?>> column)
    {
        var query = EF.CompileAsyncQuery((TrackerDbContext db, CardKind kind, int id) =>
            db.CardAnswers.AsNoTracking().Where(a => a.Kind == kind && a.Id == id).Select(column).SingleOrDefault());
        return (db, kind, id) => query(db, kind, id);
    }
}
