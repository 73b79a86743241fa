namespace NegotiationTracker.Extraction.Text;

/// <summary>
/// "President Joko “Jokowi” Widodo", "Benjamin "Bibi" Netanyahu": a one-word nickname in quotes between two
/// capitalised words is an aside inside a name. Its tokens are left out of the sentence's token list, so every
/// stage reads the name around it as one run ("Joko Widodo"); the sentence's text and every offset stay as written.
/// The nickname is kept with the index of the name word before it, so the person can be found by it elsewhere ("President Jokowi").
/// </summary>
internal static class QuotedNicknames
{
    public static (List<Token> Tokens, IReadOnlyList<Nickname> Nicknames) Without(List<Token> tokens)
    {
        List<Token>? kept = null;
        List<Nickname>? nicknames = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (i > 0 && i + 3 < tokens.Count && IsNameWord(tokens[i - 1]) && Opens(tokens[i].Text) && IsNameWord(tokens[i + 1])
                && Closes(tokens[i + 2].Text) && IsNameWord(tokens[i + 3]))
            {
                kept ??= [.. tokens.Take(i)];
                (nicknames ??= []).Add(new Nickname(tokens[i + 1], kept.Count - 1));
                i += 2;
                continue;
            }

            kept?.Add(tokens[i]);
        }

        return (kept ?? tokens, nicknames ?? []);
    }

    private static bool IsNameWord(Token t) => t.IsWord && t.IsCapitalized && !t.IsAllCaps;

    private static bool Opens(string mark) => mark is "“" or "\"" or "‘";

    private static bool Closes(string mark) => mark is "”" or "\"" or "’";
}

/// <summary>A nickname written in quotes inside a name, and the index of the name word before it in the sentence's tokens.</summary>
public sealed record Nickname(Token Word, int Before);
