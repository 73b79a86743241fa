using System.Text.Json;
using System.Text.Json.Serialization;

namespace NegotiationTracker.Api.ReadModel;

/// <summary>
/// Writes the items of a <see cref="RawJsonList{T}"/> as the stored JSON, and any other list of the
/// same item type as usual. Only item types the read model renders are handled.
/// </summary>
internal sealed class RawJsonListConverter(params Type[] itemTypes) : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) =>
        typeToConvert.IsGenericType && typeToConvert.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) && itemTypes.Contains(typeToConvert.GetGenericArguments()[0]);

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(ListConverter<>).MakeGenericType(typeToConvert.GetGenericArguments()[0]))!;

    private sealed class ListConverter<T> : JsonConverter<IReadOnlyList<T>>
    {
        public override IReadOnlyList<T>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            JsonSerializer.Deserialize<List<T>>(ref reader, options);

        public override void Write(Utf8JsonWriter writer, IReadOnlyList<T> value, JsonSerializerOptions options)
        {
            writer.WriteStartArray();
            if (value is RawJsonList<T> raw)
            {
                foreach (var item in raw.Utf8) { writer.WriteRawValue(item, skipInputValidation: true); }
            }
            else
            {
                foreach (var item in value) { JsonSerializer.Serialize(writer, item, options); }
            }

            writer.WriteEndArray();
        }
    }
}
