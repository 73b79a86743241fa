namespace NegotiationTracker.Api.Articles;

/// <summary>An imported article in a list.</summary>
public sealed record ArticleSummary(int Id, string File, string Title, DateOnly? PublishedOn, string Sha256, DateTimeOffset ImportedAt);

/// <summary>One article with its text.</summary>
public sealed record ArticleDetail(
    int Id, string File, string Title, DateOnly? PublishedOn, string Sha256, DateTimeOffset ImportedAt, string Text);
