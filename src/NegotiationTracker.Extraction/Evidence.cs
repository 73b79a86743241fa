namespace NegotiationTracker.Extraction;

/// <summary>Where a fact was read: the article's file, the sentence, and its character offsets in the article.</summary>
public sealed record Evidence(string File, string Sentence, int Start, int End);
