using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace NegotiationTracker.Data.Common;

/// <summary>
/// Stores a list of records as one JSON text column. Evidence and titles are always read with
/// their owner and never queried on their own, so a column beats a table and a join.
/// </summary>
internal static class JsonColumn
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static PropertyBuilder<List<T>> AsJson<T>(this PropertyBuilder<List<T>> property) =>
        property.HasConversion(
            v => JsonSerializer.Serialize(v, Options),
            v => JsonSerializer.Deserialize<List<T>>(v, Options) ?? new List<T>(),
            // The importer replaces these lists whole and never edits one in place, so the snapshot can be
            // the list itself: no JSON round trip per saved row, and an unchanged list compares by reference.
            new ValueComparer<List<T>>(
                (a, b) => ReferenceEquals(a, b) || JsonSerializer.Serialize(a, Options) == JsonSerializer.Serialize(b, Options),
                v => v.Count,
                v => v));
}
