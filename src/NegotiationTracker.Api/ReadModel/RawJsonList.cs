using System.Collections;
using System.Text.Json;

namespace NegotiationTracker.Api.ReadModel;

/// <summary>
/// A page's items as the import rendered them. JSON writes them as they are (<see cref="RawJsonListConverter"/>);
/// anything else that reads the items (the CSV answer) gets them parsed back, one at a time.
/// </summary>
internal sealed class RawJsonList<T>(IReadOnlyList<byte[]> utf8) : IReadOnlyList<T>
{
    public IReadOnlyList<byte[]> Utf8 => utf8;

    public int Count => utf8.Count;

    public T this[int index] => Parse(utf8[index]);

    public IEnumerator<T> GetEnumerator() => utf8.Select(Parse).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static T Parse(byte[] json) => JsonSerializer.Deserialize<T>(json, JsonSerializerOptions.Web)!;
}
