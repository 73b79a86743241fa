using System.Reflection;
using Microsoft.AspNetCore.Mvc;

namespace NegotiationTracker.Api.Common;

/// <summary>
/// The query parameters a query object binds, read once from its <c>[FromQuery]</c> names. A misspelt
/// filter (<c>partie=russia</c>) used to be ignored and answer everything; now it is a 400 naming it.
/// </summary>
internal static class KnownQueryNames<T>
{
    public static readonly IReadOnlySet<string> Names = typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Select(p => p.GetCustomAttribute<FromQueryAttribute>()?.Name).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Each unknown name with a message listing the known ones (binding ignores case, so this does too).</summary>
    public static Dictionary<string, string[]> Unknown(IQueryCollection query) =>
        query.Keys.Where(k => !Names.Contains(k)).ToDictionary(
            k => k,
            k => new[] { $"Unknown query parameter '{k}'. This endpoint takes: {string.Join(", ", Names.Order(StringComparer.Ordinal))}." },
            StringComparer.Ordinal);
}
