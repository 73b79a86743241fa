namespace NegotiationTracker.Extraction.Document;

/// <summary>
/// Some wire copy and typed-up releases write the apostrophe as a grave accent ("All Naga Students` Association",
/// "the union`s demand"): read as a mark of its own, it cuts a name or an organisation's possessive in two, and the
/// words before it turn into a person. A grave accent right after a letter, before a space, a mark or an "s", is an
/// apostrophe; one character for one, so every offset still points into the article as written.
/// </summary>
internal static class GraveApostrophes
{
    public static string Mend(string text)
    {
        if (!text.Contains('`', StringComparison.Ordinal)) { return text; }
        var chars = text.ToCharArray();
        for (var i = 1; i < chars.Length; i++)
        {
            if (chars[i] != '`' || !char.IsLetter(chars[i - 1])) { continue; }
            var next = i + 1 < chars.Length ? chars[i + 1] : ' ';
            if (!char.IsLetterOrDigit(next) || next == 's') { chars[i] = '’'; }
        }

        return new string(chars);
    }
}
