using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using NegotiationTracker.Data.Common;

namespace NegotiationTracker.Data.History;

/// <summary>
/// A fact as the history sees it: its own fields as JSON values, without ids, hashes, search keys
/// or the rows it points at, and each evidence sentence only as where it stands (<c>a.txt:120-188</c>),
/// so a history of changes stays small.
/// </summary>
internal static class FactFields
{
    private static readonly HashSet<string> Hidden = new(
        ["Id", "Key", "ContentHash", "Sources", "SearchKeys", "PartyKeys", "CreatedByImportId", "ChangedByImportId", "DelegationId"], StringComparer.Ordinal);

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { HideBookkeeping } },
        Converters = { new EvidencePlace() },
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The whole state, for a tombstone.</summary>
    public static string State(object fact) => Fields(fact).ToJsonString(Options);

    /// <summary>Each field whose value differs, with its JSON before and after (null when absent).</summary>
    public static IEnumerable<(string Field, string? Before, string? After)> Diff(object before, object after)
    {
        var (old, now) = (Fields(before), Fields(after));
        foreach (var field in old.Select(p => p.Key).Union(now.Select(p => p.Key)))
        {
            var (a, b) = (old.TryGetPropertyValue(field, out var x) ? x : null, now.TryGetPropertyValue(field, out var y) ? y : null);
            if (!JsonNode.DeepEquals(a, b)) { yield return (field, a?.ToJsonString(Options), b?.ToJsonString(Options)); }
        }
    }

    private static JsonObject Fields(object fact) => JsonSerializer.SerializeToNode(fact, fact.GetType(), Options)!.AsObject();

    private static void HideBookkeeping(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object) { return; }
        foreach (var property in info.Properties.Where(p => p.AttributeProvider is PropertyInfo member
            && (Hidden.Contains(member.Name) || typeof(SyncedEntity).IsAssignableFrom(member.PropertyType))).ToList())
        {
            info.Properties.Remove(property);
        }
    }

    private sealed class EvidencePlace : JsonConverter<EvidenceRecord>
    {
        public override EvidenceRecord Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException("The history only writes evidence places.");

        public override void Write(Utf8JsonWriter writer, EvidenceRecord value, JsonSerializerOptions options) =>
            writer.WriteStringValue($"{value.File}:{value.Start}-{value.End}");
    }
}
