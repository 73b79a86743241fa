namespace NegotiationTracker.Extraction.Document;

/// <summary>
/// Pages copied from wire archives and plain-text mirrors come hard-wrapped: every line cut near one width
/// ("… opened talks in Abuja, the Nigerian\ncapital, aimed at …"), so a line break there ends nothing. On such a
/// page, a break after a line that reaches most of the width, before a line that goes on with the same sentence,
/// is read as a space. The text keeps its length, so every offset still points into the article as written.
/// </summary>
internal static class WrappedLines
{
    /// <summary>Lines this short or shorter are headings, datelines or list items, not text cut at a width.</summary>
    private const int MinWrapped = 40;

    /// <summary>Pages wrapped at more than this are pages of one paragraph a line, which are not wrapped.</summary>
    private const int MaxWidth = 110;

    /// <summary>How many lines must be cut near the width before the page counts as wrapped.</summary>
    private const int MinLines = 5;

    /// <summary>The line length, among the longer lines, that this share of them stays within: the page's width.</summary>
    private const int WidthPercentile = 90;

    public static string Unwrap(string text)
    {
        var lines = text.Split('\n');
        // A page wrapped in part (the lead cut at a width, later paragraphs one a line) is wrapped where its lines are
        // no longer than the width; a paragraph's long line ends where the writer ended it.
        var (width, longest) = Width(lines) is { } all ? (all, int.MaxValue) : PartlyWrapped(lines) is { } part ? (part, part + (part / 10)) : (0, 0);
        if (width == 0) { return text; }
        var chars = text.ToCharArray();
        var at = 0;
        for (var i = 0; i + 1 < lines.Length; i++)
        {
            at += lines[i].Length;
            // The first line is the headline; a break before a blank line or a list item is the writer's.
            if (i > 0 && lines[i].TrimEnd().Length <= longest && Continues(lines[i].TrimEnd(), lines[i + 1].Trim(), width)) { chars[at] = ' '; }
            at++;
        }

        return new string(chars);
    }

    /// <summary>The width the page is wrapped at, or null when it is not wrapped: most of its longer lines end within a tenth of one width.</summary>
    private static int? Width(string[] lines)
    {
        var lengths = lines.Select(l => l.TrimEnd().Length).Where(n => n >= MinWrapped).Order().ToList();
        if (lengths.Count < MinLines) { return null; }
        // Not the longest line: a URL or an unwrapped caption may run past the width.
        var width = lengths[lengths.Count * WidthPercentile / 100];
        var near = lengths.Count(n => n * 10 >= width * 8 && n <= width);
        // A page re-wrapped by hand is ragged, but when most of its breaks go on in lower case it is still one text cut into lines.
        return width <= MaxWidth && lengths[^1] <= width * 3 / 2 && (near * 2 >= lengths.Count ? RunsOn(lines, width) : RunsOn(lines, width, MostBreaks)) ? width : null;
    }

    /// <summary>
    /// The width of a page wrapped in part: the longest of its lines that go on in lower case on the next one, when there are
    /// a few such lines and half of the breaks after lines that long go on in lower case.
    /// </summary>
    private static int? PartlyWrapped(string[] lines)
    {
        var runOn = Enumerable.Range(0, lines.Length - 1)
            .Where(i => lines[i].TrimEnd().Length is >= MinWrapped and <= MaxWidth && lines[i + 1].TrimStart() is { Length: > 0 } next && char.IsLower(next[0]))
            .Select(i => lines[i].TrimEnd().Length).ToList();
        if (runOn.Count < MinLowerBreaks) { return null; }
        var width = runOn.Max();
        var shortLines = lines.Select(l => l.TrimEnd().Length <= width + (width / 10) ? l : string.Empty).ToArray();
        return RunsOn(shortLines, width, MostBreaks) ? width : null;
    }

    /// <summary>
    /// Prose cut at a width goes on in lower case after many of its breaks ("the Nigerian\ncapital"), at least one in
    /// <paramref name="share"/>; a list of names and offices as long as the width never does, and keeps its lines.
    /// </summary>
    private static bool RunsOn(string[] lines, int width, int share = 3)
    {
        var (breaks, lower) = (0, 0);
        for (var i = 0; i + 1 < lines.Length; i++)
        {
            var next = lines[i + 1].TrimStart();
            if (lines[i].TrimEnd().Length * 10 < width * 6 || next.Length == 0) { continue; }
            breaks++;
            if (char.IsLower(next[0])) { lower++; }
        }

        return lower >= MinLowerBreaks && lower * share >= breaks;
    }

    private const int MinLowerBreaks = 3;

    /// <summary>The share (one in this many) of a ragged page's breaks that must go on in lower case: half.</summary>
    private const int MostBreaks = 2;

    private static bool Continues(string line, string next, int width) =>
        line.Length * 10 >= width * 6 && next.Length > 0 && char.IsLetterOrDigit(next[0])
        && (char.IsLower(next[0]) || char.IsDigit(next[0]) || !EndsClause(line[^1]));

    private static bool EndsClause(char c) => c is '.' or '!' or '?' or ':' or ';' or '"' or '”' or '’' or ')';
}
