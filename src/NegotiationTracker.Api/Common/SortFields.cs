using System.Linq.Expressions;
using FluentValidation;

namespace NegotiationTracker.Api.Common;

/// <summary>
/// The fields a list can be sorted by: <c>sort=date,-number</c> (a leading <c>-</c> sorts descending).
/// Nullable fields sort their nulls last either way (an undated round is never "the latest"), and the
/// id always breaks ties so pages do not overlap.
/// </summary>
internal sealed class SortFields<T>(Expression<Func<T, int>> id)
{
    private readonly Dictionary<string, Func<IQueryable<T>, bool, bool, IOrderedQueryable<T>>> _fields = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, (string Column, bool Nullable)> _orderSql = new(StringComparer.OrdinalIgnoreCase);
    private readonly string _idColumn = Column(id);

    public IEnumerable<string> Names => _fields.Keys;

    public SortFields<T> Add<TKey>(string name, Expression<Func<T, TKey>> key, Expression<Func<T, bool>>? isNull = null)
    {
        _fields[name] = (query, first, descending) => isNull is null
            ? Then(query, first, key, descending)
            : Then(Then(query, first, isNull, descending: false), first: false, key, descending);
        _orderSql[name] = ($"c.\"{Column(key)}\"", isNull is not null);
        return this;
    }

    /// <summary>The query sorted by <paramref name="sort"/>, or by <paramref name="fallback"/> when none is given.</summary>
    public IQueryable<T> Apply(IQueryable<T> query, string? sort, Func<IQueryable<T>, IOrderedQueryable<T>> fallback)
    {
        var parts = Parse(sort);
        if (parts.Count == 0) { return fallback(query); }

        var ordered = query;
        var first = true;
        foreach (var (name, descending) in parts)
        {
            ordered = _fields[name](ordered, first, descending);
            first = false;
        }

        return ((IOrderedQueryable<T>)ordered).ThenBy(id);
    }

    /// <summary>
    /// The same order as SQL over a card table aliased <c>c</c> (its columns are named as the card's properties),
    /// or <paramref name="fallback"/> when none is given; the nulls of a nullable field sort last either way.
    /// </summary>
    public string OrderBySql(string? sort, string fallback)
    {
        var parts = Parse(sort);
        if (parts.Count == 0) { return fallback; }

        string Order(string name, bool descending)
        {
            var (column, nullable) = _orderSql[name];
            return (nullable ? $"({column} IS NULL), " : string.Empty) + column + (descending ? " DESC" : string.Empty);
        }

        return string.Join(", ", parts.Select(p => Order(p.Name, p.Descending)).Append($"c.\"{_idColumn}\""));
    }

    public bool IsValid(string? sort) => Parse(sort).All(p => _fields.ContainsKey(p.Name));

    private static List<(string Name, bool Descending)> Parse(string? sort) =>
        [.. (sort ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => p.StartsWith('-') ? (p[1..], true) : (p, false))];

    private static string Column<TKey>(Expression<Func<T, TKey>> key) => (key.Body is UnaryExpression { Operand: MemberExpression inner } ? inner : key.Body as MemberExpression)?.Member.Name
        ?? throw new ArgumentException($"A sort field must be a property of {typeof(T).Name}: {key}.", nameof(key));

    private static IOrderedQueryable<T> Then<TKey>(IQueryable<T> query, bool first, Expression<Func<T, TKey>> key, bool descending) =>
        first ? (descending ? query.OrderByDescending(key) : query.OrderBy(key))
        : descending ? ((IOrderedQueryable<T>)query).ThenByDescending(key) : ((IOrderedQueryable<T>)query).ThenBy(key);
}

internal static class SortFieldRules
{
    public static IRuleBuilderOptions<TQuery, string?> SortOf<TQuery, T>(this IRuleBuilder<TQuery, string?> rule, SortFields<T> fields) =>
        rule.MaximumLength(QueryRules.MaxTextLength).Must(fields.IsValid)
            .WithMessage($"'sort' takes a comma-separated list of: {string.Join(", ", fields.Names)}; a leading '-' sorts descending.");
}
