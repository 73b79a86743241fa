namespace NegotiationTracker.Api.Common;

/// <summary>One page of a list: the items, where the page is, and how many items there are in all.</summary>
public sealed record Paged<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total);
