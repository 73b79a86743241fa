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

    /// <summary>Cards with a party of that name or alias (folded, one whole key): the ids come from the index of keys.</summary>
    public CardQuery WithParty(string party) =>
        Where("c.\"Id\" IN (SELECT k.\"CardId\" FROM \"CardKeys\" k WHERE k.\"Kind\" = {0} AND k.\"Key\" = {1})", (int)kind, SearchText.Folded(party));

    /// <summary>
    /// Cards whose names (indexed in pieces of three letters, <see cref="CardGram"/>) hold the first three letters of
    /// <paramref name="text"/>, and whose <paramref name="keysColumn"/> holds the whole text. Shorter text is matched
    /// on the keys alone.
    /// </summary>
    public CardQuery WithText(string keysColumn, string text)
    {
        var folded = SearchText.Folded(text);
        if (folded.Length >= CardGram.Length)
        {
            Where("c.\"Id\" IN (SELECT g.\"CardId\" FROM \"CardGrams\" g WHERE g.\"Kind\" = {0} AND g.\"Gram\" = {1})", (int)kind, folded[..CardGram.Length]);
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
