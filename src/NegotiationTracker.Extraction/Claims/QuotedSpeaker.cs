namespace NegotiationTracker.Extraction.Claims;

/// <summary>
/// "“We want the fighting to stop,” the envoy said": a sentence that opens with a quotation names its speaker
/// after the closing quote. A cue inside that quotation with no one named before it is the speaker's.
/// </summary>
internal static class QuotedSpeaker
{
    /// <summary>How far after the closing quote the speaker may stand: ", UN special envoy X stated", not a later clause.</summary>
    private const int Reach = 40;

    /// <summary>
    /// Whether the cue at <paramref name="cueEnd"/> stands inside a quotation opening the sentence, and if so the
    /// party of the first speaker just after the closing quote (null when that speaker's side is unknown).
    /// </summary>
    public static (bool Found, string? Party) After(string text, int cueEnd, IReadOnlyList<(int Offset, int Index, string? Party)> speakers)
    {
        var open = text.TakeWhile(c => char.IsWhiteSpace(c)).Count();
        if (open >= text.Length || !IsQuote(text[open])) { return (false, null); }
        var close = open + 1;
        while (close < text.Length && !IsQuote(text[close])) { close++; }
        // The quotation must still be open at the cue: "“Talks are over,” he said, demanding…" is the narrator's cue.
        if (close >= text.Length || close < cueEnd) { return (false, null); }
        var speaker = speakers.FirstOrDefault(x => x.Offset > close && x.Offset - close <= Reach);
        return speaker == default ? (false, null) : (true, speaker.Party);
    }

    /// <summary>Opening and closing marks alike: a straight quote closes what a straight quote opened.</summary>
    internal static bool IsQuote(char c) => c is '"' or '“' or '”' or '«' or '»';
}
