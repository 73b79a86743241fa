using NegotiationTracker.Api.Common;

namespace NegotiationTracker.Api.Articles;

/// <summary>An imported article in a list.</summary>
public sealed record ArticleSummary(int Id, string File, string Title, DateOnly? PublishedOn, string Sha256, DateTimeOffset ImportedAt);

/// <summary>One article with its text and links to the facts read from it.</summary>
public sealed record ArticleDetail(
    int Id, string File, string Title, DateOnly? PublishedOn, string Sha256, DateTimeOffset ImportedAt, string Text, ArticleFacts Facts);

/// <summary>The facts whose evidence includes a sentence of the article.</summary>
public sealed record ArticleFacts(
    IReadOnlyList<RoundRef> Rounds, IReadOnlyList<int> Delegations, IReadOnlyList<PersonRef> Participants,
    IReadOnlyList<VenueRef> Venues, IReadOnlyList<int> Demands, IReadOnlyList<int> Conflicts);
