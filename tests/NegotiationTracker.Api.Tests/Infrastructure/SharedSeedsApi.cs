namespace NegotiationTracker.Api.Tests.Infrastructure;

/// <summary>
/// One API over the repository's seeds, shared by every test class that only reads it. Each host
/// imports the seeds when it starts; a dozen starting at once on a two-core machine made imports slow
/// enough to trip the lexicon's 250 ms match timeout, so the readers share one.
/// </summary>
[CollectionDefinition(Name)]
public sealed class SharedSeedsApi : ICollectionFixture<TrackerApiFactory>
{
    public const string Name = "Seeds API (read only)";
}
