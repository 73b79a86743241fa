using System.Text.Json;

namespace NegotiationTracker.Api.Imports;

/// <summary>An import in the history: when, how it was started (startup, cli, api, other), how many seed files it saw change, and what it did per type.</summary>
public sealed record ImportSummary(int Id, DateTimeOffset StartedAt, DateTimeOffset CompletedAt, string Trigger, long DurationMs, int FilesChanged,
    IReadOnlyList<EntityCountsResponse> Counts, string Link);

/// <summary>One import with the seed files it saw change and every change it made.</summary>
public sealed record ImportDetail(int Id, DateTimeOffset StartedAt, DateTimeOffset CompletedAt, string Trigger, long DurationMs,
    IReadOnlyList<SeedFileResponse> Files, IReadOnlyList<EntityCountsResponse> Counts, int ChangeCount, IReadOnlyList<ChangeResponse> Changes);

/// <summary>A seed file (article or lexicon file) added, changed or removed, with its SHA-256 before and after.</summary>
public sealed record SeedFileResponse(string File, string Change, string? Before, string? After);

/// <summary>How many facts of one type (rounds, venues, …) the import added, changed and removed.</summary>
public sealed record EntityCountsResponse(string Entity, int Added, int Changed, int Removed);

/// <summary>
/// One change: a fact (<c>entity</c>, <c>id</c>, <c>link</c>) added, restored (back under its old id), removed (its link answers 410),
/// or changed, one row per field with its JSON value <c>before</c> and <c>after</c>. Evidence shows as <c>file:start-end</c>.
/// </summary>
public sealed record ChangeResponse(string Entity, int Id, string Kind, string? Key, string? Field, JsonElement? Before, JsonElement? After, string? Link);
