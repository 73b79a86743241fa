namespace NegotiationTracker.Data.Import;

/// <summary>Where the seed articles and the lexicon are, and how large one file may be (section <c>Seeds</c>).</summary>
public sealed class SeedsOptions
{
    public const string Section = "Seeds";

    /// <summary>The seeds directory. Empty means: the repository's <c>seeds/</c>, found upwards from the app.</summary>
    public string Directory { get; set; } = string.Empty;

    /// <summary>A larger file is refused as bad input rather than read into memory.</summary>
    public long MaxFileBytes { get; set; } = 1024 * 1024;
}
