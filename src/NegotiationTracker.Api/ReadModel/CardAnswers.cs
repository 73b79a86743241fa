using NegotiationTracker.Api.Common;
using NegotiationTracker.Data;
using NegotiationTracker.Data.ReadModel;

namespace NegotiationTracker.Api.ReadModel;

/// <summary>Reads one item's stored answer by its key, a prepared statement on a reader session (a list page's: <see cref="CardPages"/>).</summary>
internal static class CardAnswers
{
    /// <summary>One item's answer as a single item (with what only the single item shows), or null when there is no such item.</summary>
    public static async Task<byte[]?> FindAsync(ReaderSessions sessions, TrackerDbContext db, CardKind kind, int id, EvidenceMode mode, CancellationToken ct) =>
        (byte[]?)await sessions.ReadAsync(db, session => session.ScalarAsync(
            $"SELECT {AnswerColumns.Of(mode, detail: true)} FROM \"CardAnswers\" a WHERE a.\"Kind\" = @p0 AND a.\"Id\" = @p1", [(int)kind, id], ct), ct);
}

/// <summary>The column of an answer in each evidence mode; a single item's bytes are stored only where they differ from the list item's.</summary>
internal static class AnswerColumns
{
    public static string Of(EvidenceMode mode, bool detail)
    {
        var list = mode switch { EvidenceMode.None => "None", EvidenceMode.Count => "Count", _ => "Full" };
        return detail ? $"COALESCE(a.\"Detail{list}\", a.\"{list}\")" : $"a.\"{list}\"";
    }
}
