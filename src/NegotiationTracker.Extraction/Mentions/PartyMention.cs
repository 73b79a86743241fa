using NegotiationTracker.Extraction.Lexicon;

namespace NegotiationTracker.Extraction.Mentions;

/// <summary>A party named in a sentence, at token <see cref="Index"/> spanning <see cref="Length"/> tokens.</summary>
public sealed record PartyMention(Party Party, PartyTermKind Kind, int Index, int Length)
{
    public int End => Index + Length;
}

/// <summary>A person named in a sentence: the name's token span, and the title and party written with it.</summary>
public sealed record PersonMention(string Name, int Sentence, int Index, int Length, string? Title, Party? TitleParty)
{
    public int End => Index + Length;
}
