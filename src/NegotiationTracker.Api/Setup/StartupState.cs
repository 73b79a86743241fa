namespace NegotiationTracker.Api.Setup;

/// <summary>Whether the database is migrated and the first import done; the health check reports it.</summary>
public sealed class StartupState
{
    private volatile bool _ready;

    public bool IsReady => _ready;

    public void MarkReady() => _ready = true;
}
