namespace NegotiationTracker.Api.Setup;

/// <summary>Settings of the import endpoint (section <c>Import</c>).</summary>
public sealed class ImportOptions
{
    public const string Section = "Import";

    /// <summary>The key callers must send in <c>X-Api-Key</c>. Unset means the endpoint is closed (403).</summary>
    public string? ApiKey { get; set; }

    /// <summary>How many imports the endpoint accepts per minute; more get 429.</summary>
    public int PermitsPerMinute { get; set; } = 10;
}
