using System.Collections;
using System.Text.Json.Serialization;

namespace NegotiationTracker.Api.Common;

/// <summary>A page of any item type, for the filter that adds links and writes CSV.</summary>
internal interface IPage
{
    int Page { get; }
    int PageSize { get; }
    int Total { get; }
    IEnumerable ItemsUntyped { get; }
    Type ItemType { get; }
    object WithLinks(PageLinks links);
}

/// <summary>
/// One page of a list: the items, where the page is, how many items there are in all, and links to the
/// first, previous, next and last pages (the same as the <c>Link</c> header).
/// </summary>
public sealed record Paged<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total) : IPage
{
    public PageLinks? Links { get; init; }

    IEnumerable IPage.ItemsUntyped => Items;

    Type IPage.ItemType => typeof(T);

    object IPage.WithLinks(PageLinks links) => this with { Links = links };
}

/// <summary>
/// Links (absolute paths with the same query) to the first, previous, next and last pages: the Link
/// header's, so prev and next are left out at the ends, as there.
/// </summary>
public sealed record PageLinks(
    string First,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Prev,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Next,
    string Last);
