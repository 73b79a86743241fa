namespace NegotiationTracker.Extraction.Articles;

/// <summary>One article as read from the seeds: its file name and its full text, untouched.</summary>
/// <param name="File">The file name (no directory), which identifies the article across imports.</param>
/// <param name="Text">The article's text exactly as stored; evidence offsets point into it.</param>
public sealed record SeedArticle(string File, string Text);
