namespace NegotiationTracker.Data.Import;

/// <summary>A seed file that was refused and why. Any error makes the whole import refuse to write.</summary>
public sealed record ImportError(string File, string Message);
