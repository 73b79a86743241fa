using System.Linq.Expressions;
using NegotiationTracker.Data.Rounds;

namespace NegotiationTracker.Api.Common;

/// <summary>
/// The one projection of a round as a link, so every answer that names a round says which one it is
/// (number, date, city, venue) and a client needs no extra call per item.
/// </summary>
internal static class RoundRefs
{
    public static readonly Expression<Func<Round, RoundRef>> Of = r =>
        new RoundRef(r.Id, r.Number, r.Date, r.DatePrecision, r.City, r.Venue == null ? null : new VenueRef(r.Venue.Id, r.Venue.Name, r.Venue.City));
}
