using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using NegotiationTracker.Scoring.Scoring;

namespace NegotiationTracker.Scoring.Floors;

/// <summary>
/// Raises a report's floor to what the extractor reaches now, never lowers it: hits only go up, the
/// ceiling of wrong facts only goes down. The rest of the spec file is kept as it was written.
/// </summary>
public static class FloorRatchet
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <param name="rebase">Set the floor to the score even where that lowers it: a deliberate trade, visible in the spec's diff.</param>
    /// <returns>Whether the floor changed.</returns>
    public static bool Raise(string specPath, ReportScore score, bool rebase = false)
    {
        var root = JsonNode.Parse(File.ReadAllText(specPath))!.AsObject();
        var old = rebase ? null : root["floor"] as JsonObject;
        var floor = new JsonObject();
        foreach (var field in Fields.All)
        {
            floor[field] = Math.Max(score[field].Hit, old?[field]?.GetValue<int>() ?? 0);
        }

        floor[Fields.MaxWrong] = Math.Min(score.Wrong, old?[Fields.MaxWrong]?.GetValue<int>() ?? int.MaxValue);
        if (root["floor"] is JsonObject current && JsonNode.DeepEquals(current, floor)) { return false; }
        root["floor"] = floor;
        File.WriteAllText(specPath, root.ToJsonString(Json) + "\n");
        return true;
    }
}
