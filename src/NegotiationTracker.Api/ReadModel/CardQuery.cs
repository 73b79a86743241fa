using System.Globalization;
using System.Text;
using NegotiationTracker.Api.Common;
using NegotiationTracker.Data.ReadModel;

namespace NegotiationTracker.Api.ReadModel;

/// <summary>
/// The filters of one list request over a card table (alias <c>c</c>), as the WHERE clause of one SQL text and
/// its values. The text depends only on which filters are given, so the same kind of request reuses a prepared
/// statement (<see cref="ReaderSession"/>); values are always parameters, never text.
/// </summary>
internal sealed class CardQuery(CardKind kind, string table)
{
    /// <summary>Pieces of a text compared for the rarest: enough to find a rare one, few enough to count quickly.</summary>
    private const int MaxPieces = 4;

    private readonly StringBuilder _where = new();
    private readonly List<object> _values = [];

    public CardKind Kind => kind;

    public string Table => table;

    /// <summary>The conditions so far, <c>WHERE …</c> or nothing.</summary>
    public string WhereClause => _where.Length == 0 ? string.Empty : " WHERE " + _where;

    public IReadOnlyList<object> Values => _values;

    /// <summary>Adds a condition whose <c>{0}</c>, <c>{1}</c>… stand for <paramref name="values"/>.</summary>
    public CardQuery Where(string condition, params object[] values)
    {
        var names = values.Select((_, i) => (object)("@p" + (_values.Count + i).ToString(CultureInfo.InvariantCulture))).ToArray();
        if (_where.Length > 0) { _where.Append(" AND "); }
        _where.Append('(').Append(string.Format(CultureInfo.InvariantCulture, condition, names)).Append(')');
        _values.AddRange(values);
        return this;
    }

    /// <summary>The party key asked for, if any: <see cref="CardPages"/> counts its cards first.</summary>
    public string? PartyKey { get; private set; }

    /// <summary>Cards with a party of that name or alias (folded, one whole key): the ids come from the index of keys.</summary>
    public CardQuery WithParty(string party)
    {
        PartyKey ??= SearchText.Folded(party);
        return Where("c.\"Id\" IN (SELECT k.\"CardId\" FROM \"CardKeys\" k WHERE k.\"Kind\" = {0} AND k.\"Key\" = {1})", (int)kind, SearchText.Folded(party));
    }

    /// <summary>
    /// Cards whose <paramref name="keysColumn"/> holds <paramref name="text"/>. The candidates come from the index
    /// of three-letter pieces (<see cref="CardGram"/>): of up to <see cref="MaxPieces"/> pieces of the text, the
    /// one fewest cards hold (a common first piece such as <c>ala</c> is held by ten times the cards of
    /// <c>lan</c>), then the pattern is matched on those. Text shorter than a piece is matched on the keys alone.
    /// </summary>
    public CardQuery WithText(string keysColumn, string text)
    {
        var folded = SearchText.Folded(text);
        var pieces = CardGram.Of(folded).ToList();
        if (pieces.Count > MaxPieces) { pieces = [.. Enumerable.Range(0, MaxPieces).Select(i => pieces[i * (pieces.Count - 1) / (MaxPieces - 1)])]; }
        if (pieces.Count > 0)
        {
            var list = string.Join(", ", pieces.Select((_, i) => $"{{{i + 1}}}"));
            Where("c.\"Id\" IN (SELECT g.\"CardId\" FROM \"CardGrams\" g WHERE g.\"Kind\" = {0} AND g.\"Gram\" = "
                + $"(SELECT x.\"Gram\" FROM \"CardGrams\" x WHERE x.\"Kind\" = {{0}} AND x.\"Gram\" IN ({list}) GROUP BY x.\"Gram\" ORDER BY COUNT(*), x.\"Gram\" LIMIT 1))",
                [(int)kind, .. pieces]);
        }

        return Where($"c.\"{keysColumn}\" IS NOT NULL AND c.\"{keysColumn}\" LIKE {{0}} ESCAPE '{SearchText.Escape}'", SearchText.AnyPart(text));
    }

    /// <summary>Rounds (the card's id is the round's) with a team member, or head, that matches by id or any spelling.</summary>
    public CardQuery WithMember(string person, bool headOnly)
    {
        var head = headOnly ? " AND m.\"IsHead\"" : string.Empty;
        return int.TryParse(person.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? Where($"EXISTS (SELECT 1 FROM \"RoundMembers\" m WHERE m.\"RoundId\" = c.\"Id\" AND m.\"ParticipantId\" = {{0}}{head})", id)
            : Where($"EXISTS (SELECT 1 FROM \"RoundMembers\" m WHERE m.\"RoundId\" = c.\"Id\" AND m.\"SearchKeys\" LIKE {{0}} ESCAPE '{SearchText.Escape}'{head})", SearchText.AnyPart(person));
    }
}
