namespace NegotiationTracker.Data.Articles;

/// <summary>One seed file as last imported. Its file name is the natural key that keeps its id stable.</summary>
public sealed class Article
{
    public int Id { get; set; }
    public required string File { get; set; }
    public required string Title { get; set; }
    public DateOnly? PublishedOn { get; set; }
    public required string Sha256 { get; set; }
    public required string Text { get; set; }
    public DateTimeOffset ImportedAt { get; set; }
}
