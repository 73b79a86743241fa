namespace NegotiationTracker.Extraction.Text;

/// <summary>One sentence of an article, with its offsets and tokens.</summary>
public sealed record Sentence(int Index, string Text, int Start, IReadOnlyList<Token> Tokens)
{
    public int End => Start + Text.Length;

    public Evidence EvidenceIn(string file) => new(file, Text, Start, End);
}
