using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;

namespace NegotiationTracker.Api.Common;

/// <summary>
/// One CSV column per leaf of a response type, named like the JSON (<c>round.date</c>), so a row
/// needs no per-resource code and the header is the same on an empty page. Lists become one cell
/// (<c>Russia; Ukraine</c>); evidence is left out, its <c>evidenceCount</c> column stands for it.
/// </summary>
internal static class CsvColumns
{
    public sealed record Column(string Name, Func<object?, string?> Value);

    private static readonly ConcurrentDictionary<Type, Column[]> Cache = new();

    public static Column[] Of(Type type) => Cache.GetOrAdd(type, t => [.. Build(t, string.Empty, o => o)]);

    private static IEnumerable<Column> Build(Type type, string prefix, Func<object?, object?> get)
    {
        foreach (var property in type.GetProperties().Where(p => p.GetIndexParameters().Length == 0 && p.Name != "Evidence"))
        {
            var name = prefix + JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            var target = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            Func<object?, object?> value = o => get(o) is { } owner ? property.GetValue(owner) : null;
            if (IsScalar(target)) { yield return new Column(name, o => Text(value(o))); }
            else if (typeof(IEnumerable).IsAssignableFrom(target))
            {
                yield return new Column(name, o => value(o) is IEnumerable list ? string.Join("; ", list.Cast<object?>().Select(Words)) : null);
            }
            else
            {
                foreach (var column in Build(target, name + ".", value)) { yield return column; }
            }
        }
    }

    private static bool IsScalar(Type t) => t.IsPrimitive || t.IsEnum || t == typeof(string) || t == typeof(DateOnly) || t == typeof(DateTimeOffset) || t == typeof(decimal);

    private static string? Text(object? value) => value switch
    {
        null => null,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset d => d.ToString("O", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    /// <summary>An item of a list in words: its text leaves (names, titles), not its ids or evidence.</summary>
    private static string? Words(object? item) => item is null || IsScalar(item.GetType())
        ? Text(item)
        : string.Join(", ", item.GetType().GetProperties().Where(p => p.Name != "Evidence" && p.GetIndexParameters().Length == 0)
            .Select(p => p.GetValue(item)).Select(v => v is string s ? s : v is null || IsScalar(v.GetType()) || v is IEnumerable ? null : Words(v))
            .Where(s => !string.IsNullOrEmpty(s)));
}
