namespace NegotiationTracker.Web.Tests.Infrastructure;

/// <summary>The sites the browser tests visit: the seeds at once, the larger corpus on first use (its import takes longer).</summary>
internal sealed class Sites : IAsyncDisposable
{
    private readonly Lazy<(Corpus Seeds, TimelineSite Site)> _corpus = new(() =>
    {
        var corpus = new Corpus();
        return (corpus, Start(() => new TimelineSite(corpus.Directory)));
    });

    public TimelineSite Seeds { get; } = Start(() => new TimelineSite());

    public TimelineSite Corpus => _corpus.Value.Site;

    public async ValueTask DisposeAsync()
    {
        await Seeds.DisposeAsync();
        if (_corpus.IsValueCreated)
        {
            await _corpus.Value.Site.DisposeAsync();
            _corpus.Value.Seeds.Dispose();
        }
    }

    /// <summary>
    /// Starts a site, and once more if its import failed: on a loaded shared machine a lexicon pattern can overrun
    /// its 250 ms match timeout, which refuses the import (the extractor's rule, not this page's). A second failure fails.
    /// </summary>
    private static TimelineSite Start(Func<TimelineSite> create)
    {
        var site = create();
        try
        {
            return site.Start();
        }
        catch (InvalidOperationException first)
        {
            site.Dispose();
            TestContext.Current.SendDiagnosticMessage($"Retrying once: {first.Message}");
            return create().Start();
        }
    }
}
