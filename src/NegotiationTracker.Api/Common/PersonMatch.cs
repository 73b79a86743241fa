using System.Globalization;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using NegotiationTracker.Data.ReadModel;

namespace NegotiationTracker.Api.Common;

/// <summary>
/// A person named in a filter, by id or by name: a client asking "rounds Ivanova led" should not need
/// a call to learn his id first. Digits only means an id; anything else matches like <c>name=</c>.
/// </summary>
internal static class PersonMatch
{
    public static Expression<Func<RoundMember, bool>> Member(string text, bool headOnly)
    {
        if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return m => m.ParticipantId == id && (!headOnly || m.IsHead);
        }

        var pattern = SearchText.AnyPart(text);
        return m => EF.Functions.Like(m.SearchKeys, pattern, SearchText.Escape) && (!headOnly || m.IsHead);
    }
}
