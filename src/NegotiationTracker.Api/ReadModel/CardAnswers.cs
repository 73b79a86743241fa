using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using NegotiationTracker.Api.Common;
using NegotiationTracker.Data;
using NegotiationTracker.Data.ReadModel;

namespace NegotiationTracker.Api.ReadModel;

/// <summary>Reads stored answers: a list page's (one query, the page's cards joined to their answers) or one item's (a compiled key lookup).</summary>
internal static class CardAnswers
{
    private static readonly Func<TrackerDbContext, CardKind, int, Task<byte[]?>>[] Lookups =
    [
        Lookup(a => a.None), Lookup(a => a.Count), Lookup(a => a.Full),
        Lookup(a => a.DetailNone ?? a.None), Lookup(a => a.DetailCount ?? a.Count), Lookup(a => a.DetailFull ?? a.Full),
    ];

    /// <summary>The page's list items in the page's order (the filtered, sorted, paged cards).</summary>
    public static Task<List<byte[]>> AnswersAsync<T>(this IQueryable<T> page, TrackerDbContext db, CardKind kind, EvidenceMode mode, CancellationToken ct) where T : ReadCard =>
        page.Join(db.CardAnswers.Where(a => a.Kind == kind), c => c.Id, a => a.Id, (c, a) => a).Select(Column(mode)).ToListAsync(ct);

    /// <summary>One item's answer, as a single item (<paramref name="detail"/>: with what only the single item shows), or null.</summary>
    public static Task<byte[]?> FindAsync(TrackerDbContext db, CardKind kind, int id, EvidenceMode mode, bool detail = false) =>
        Lookups[(detail ? 3 : 0) + (int)mode](db, kind, id);

    /// <summary>A page of stored list items, with the total, as the typed page the list filter finishes.</summary>
    public static Paged<TItem> Page<TItem>(List<byte[]> items, PageQuery query, int total) =>
        new(new RawJsonList<TItem>(items), query.PageNumber, query.Size, total);

    private static Expression<Func<CardAnswer, byte[]>> Column(EvidenceMode mode) => mode switch
    {
        EvidenceMode.None => a => a.None,
        EvidenceMode.Count => a => a.Count,
        _ => a => a.Full,
    };

    private static Func<TrackerDbContext, CardKind, int, Task<byte[]?>> Lookup(Expression<Func<CardAnswer, byte[]?>> column)
    {
        var query = EF.CompileAsyncQuery((TrackerDbContext db, CardKind kind, int id) =>
            db.CardAnswers.AsNoTracking().Where(a => a.Kind == kind && a.Id == id).Select(column).SingleOrDefault());
        return (db, kind, id) => query(db, kind, id);
    }
}
