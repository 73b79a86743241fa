namespace NegotiationTracker.Extraction;

/// <summary>The extractor could not read one article; names it so the import reports the file.</summary>
public sealed class ExtractionException(string file, Exception inner)
    : Exception($"{file}: the article could not be read ({inner.GetType().Name}: {inner.Message})", inner)
{
    public string File { get; } = file;
}
