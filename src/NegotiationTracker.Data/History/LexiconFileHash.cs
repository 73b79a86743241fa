namespace NegotiationTracker.Data.History;

/// <summary>The SHA-256 of each lexicon file as last imported, so the history can name the lexicon files an import saw change.</summary>
public sealed class LexiconFileHash
{
    public required string File { get; set; }
    public required string Sha256 { get; set; }
}
