namespace NegotiationTracker.Api.Setup;

/// <summary>Settings of the import endpoint (section <c>Import</c>).</summary>
public sealed class ImportOptions
{
    public const string Section = "Import";

    /// <summary>The key callers must send in <c>X-Api-Key</c>. Unset means the endpoint is closed (403).</summary>
    public string? ApiKey { get; set; }
}
