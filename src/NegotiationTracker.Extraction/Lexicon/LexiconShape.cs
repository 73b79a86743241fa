using System.Text.Json;

namespace NegotiationTracker.Extraction.Lexicon;

/// <summary>
/// Checks a lexicon file's JSON before it is bound, so a slip an editor makes is refused naming the
/// entry instead of failing later somewhere in the parser: a <c>null</c> inside a list, or two keys of
/// one object that differ only in case (keys are read ignoring case, so one would silently win or the
/// parser would find two).
/// </summary>
internal static class LexiconShape
{
    private static readonly JsonDocumentOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>Throws a <see cref="LexiconException"/> naming the first bad entry; malformed JSON is left to the binder's message.</summary>
    public static void Check(string file, string text)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, Options);
        }
        catch (JsonException)
        {
            return;
        }

        using (document)
        {
            if (Problem(document.RootElement, "") is { } problem) { throw new LexiconException(file, problem); }
        }
    }

    private static string? Problem(JsonElement element, string path) => element.ValueKind switch
    {
        JsonValueKind.Array => element.EnumerateArray().Select((item, i) => item.ValueKind == JsonValueKind.Null
            ? $"Entry {path}[{i}] is null; a list holds only values." : Problem(item, $"{path}[{i}]")).FirstOrDefault(p => p is not null),
        JsonValueKind.Object => DuplicateKey(element, path) ?? element.EnumerateObject()
            .Select(p => Problem(p.Value, path.Length == 0 ? p.Name : $"{path}.{p.Name}")).FirstOrDefault(p => p is not null),
        _ => null,
    };

    private static string? DuplicateKey(JsonElement element, string path)
    {
        var seen = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var property in element.EnumerateObject())
        {
            if (property.Name.StartsWith("//", StringComparison.Ordinal)) { continue; } // comments may repeat
            if (seen.TryGetValue(property.Name, out var first))
            {
                var where = path.Length == 0 ? "the top level" : path;
                return $"Entries \"{first}\" and \"{property.Name}\" in {where} differ only in case; keys must be unique.";
            }

            seen[property.Name] = property.Name;
        }

        return null;
    }
}
