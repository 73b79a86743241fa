namespace NegotiationTracker.Extraction.Text;

/// <summary>A word, number or punctuation mark with its offsets in the article.</summary>
/// <param name="Text">The token as written.</param>
/// <param name="Start">Offset of its first character in the article.</param>
/// <param name="Key">The folded form without possessive, used for every lexicon match.</param>
public sealed record Token(string Text, int Start, string Key)
{
    public int End => Start + Text.Length;

    public bool IsWord => char.IsLetter(Text[0]);

    public bool IsCapitalized => char.IsUpper(Text[0]);

    /// <summary>All letters upper case: an acronym such as GRU or NATO, not a name.</summary>
    public bool IsAllCaps => Text.Length > 1 && AllLettersUpper(Text);

    // A loop, not LINQ: this is asked of most words of every sentence.
    private static bool AllLettersUpper(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c) && !char.IsUpper(c)) { return false; }
        }

        return true;
    }

    /// <summary>The word without an English possessive, as written.</summary>
    public string Bare => Lexicon.TextFold.StripPossessive(Text);

    /// <summary>Whether the word is written in the possessive ("union's", "Gonsalves'").</summary>
    public bool IsPossessive => Bare.Length != Text.Length;
}
