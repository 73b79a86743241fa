using System.Linq.Expressions;
using NegotiationTracker.Api.Common;
using NegotiationTracker.Data.ReadModel;

namespace NegotiationTracker.Api.ReadModel;

/// <summary>Which stored answer of a card a request reads: the column of its evidence mode.</summary>
internal static class CardAnswers
{
    public static Expression<Func<T, byte[]>> Item<T>(EvidenceMode mode) where T : ReadCard => mode switch
    {
        EvidenceMode.None => c => c.None,
        EvidenceMode.Count => c => c.Count,
        _ => c => c.Full,
    };

    public static Expression<Func<T, byte[]>> Detail<T>(EvidenceMode mode) where T : DetailedReadCard => mode switch
    {
        EvidenceMode.None => c => c.DetailNone,
        EvidenceMode.Count => c => c.DetailCount,
        _ => c => c.DetailFull,
    };

    /// <summary>A page of stored list items, with the total, as the typed page the list filter finishes.</summary>
    public static Paged<TItem> Page<TItem>(List<byte[]> items, PageQuery query, int total) =>
        new(new RawJsonList<TItem>(items), query.PageNumber, query.Size, total);
}
