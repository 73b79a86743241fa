using NegotiationTracker.Extraction.Lexicon;

namespace NegotiationTracker.Extraction.Document;

/// <summary>
/// Tells the kind of each line of a page from the page lexicon: boilerplate and caption patterns,
/// bullet marks, and the shape of a heading (a short line with no closing full stop).
/// </summary>
internal static class BlockClassifier
{
    private const int MaxHeadingWords = 8;

    /// <summary>The kind of every line, by line number; the first line that may be a headline (no furniture, section label or bare date) is the headline.</summary>
    public static List<BlockKind> Classify(IReadOnlyList<string> lines, PageLexicon page)
    {
        var kinds = new List<BlockKind>(lines.Count);
        var headlineSeen = false;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i].Trim();
            var kind = Kind(line, page);
            if (kind == BlockKind.Paragraph && !headlineSeen && page.MayBeHeadline(line)) { kind = BlockKind.Headline; headlineSeen = true; }
            else if (kind == BlockKind.Paragraph && IsHeading(line, NextText(lines, i))) { kind = BlockKind.Heading; }
            kinds.Add(kind);
        }

        return kinds;
    }

    private static BlockKind Kind(string line, PageLexicon page) =>
        line.Length == 0 ? BlockKind.Boilerplate
        : page.Boilerplate.IsMatch(line) || page.NotDateline.IsMatch(line) || !line.Any(char.IsLetter) ? BlockKind.Boilerplate
        : page.Caption.IsMatch(line) ? BlockKind.Caption
        : page.Bullets.Any(b => line.StartsWith(b, StringComparison.Ordinal)) || IsNumberedItem(line) ? BlockKind.ListItem
        : BlockKind.Paragraph;

    /// <summary>"1. Cost of living", "2) The release of …": a line opened by a small number and a stop or bracket is a list's item.</summary>
    internal static bool IsNumberedItem(string line)
    {
        var digits = 0;
        while (digits < line.Length && char.IsAsciiDigit(line[digits])) { digits++; }
        return digits is 1 or 2 && digits + 2 < line.Length && line[digits] is '.' or ')' && line[digits + 1] == ' ' && char.IsUpper(line[digits + 2]);
    }

    /// <summary>"Who represents Ukraine:", "Background": a short capitalised line before more text, not a sentence.</summary>
    private static bool IsHeading(string line, string? next) =>
        next is not null && char.IsUpper(line[0]) && !line.EndsWith('.') && !line.EndsWith('?') && !line.EndsWith('!')
        && line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxHeadingWords && !line.Contains(", ", StringComparison.Ordinal);

    private static string? NextText(IReadOnlyList<string> lines, int i)
    {
        for (var k = i + 1; k < lines.Count; k++)
        {
            if (lines[k].Trim().Length > 0) { return lines[k]; }
        }

        return null;
    }
}
