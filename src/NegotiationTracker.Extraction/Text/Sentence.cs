using NegotiationTracker.Extraction.Document;

namespace NegotiationTracker.Extraction.Text;

/// <summary>One sentence of an article, with its offsets and tokens.</summary>
public sealed record Sentence(int Index, string Text, int Start, IReadOnlyList<Token> Tokens)
{
    public int End => Start + Text.Length;

    /// <summary>The kind of line the sentence stands in (paragraph, heading, caption, boilerplate…).</summary>
    public BlockKind Kind { get; init; } = BlockKind.Paragraph;

    /// <summary>The nearest heading above the sentence ("Who represents Ukraine"), if any.</summary>
    public string? Heading { get; init; }

    /// <summary>Nicknames written in quotes inside a name ("Joko “Jokowi” Widodo"), left out of <see cref="Tokens"/>.</summary>
    public IReadOnlyList<Nickname> Nicknames { get; init; } = [];

    public Evidence EvidenceIn(string file) => new(file, Text, Start, End);
}
