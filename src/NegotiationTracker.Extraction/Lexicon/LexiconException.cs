namespace NegotiationTracker.Extraction.Lexicon;

/// <summary>A lexicon file is missing or malformed; names the file so the user can fix it.</summary>
public sealed class LexiconException(string file, string message) : Exception($"{file}: {message}")
{
    public string File { get; } = file;

    public string Problem { get; } = message;
}
