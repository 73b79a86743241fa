using NegotiationTracker.Api.Common;

namespace NegotiationTracker.Api.Search;

/// <summary>An article a sentence comes from.</summary>
public sealed record ArticleRef(int Id, string File, string Title);

/// <summary>A fact a sentence is evidence for: its type (round, delegation, participant, venue, demand, conflict), id and link.</summary>
public sealed record FactRef(string Type, int Id, string Link);

/// <summary>Where a searched word was found, as character offsets into <c>sentence</c>.</summary>
public sealed record Highlight(int Start, int End);

/// <summary>
/// A sentence that matched: the text, the matched words (<c>highlights</c> as offsets, and <c>marked</c>
/// with each match in **double asterisks**), where it is in its article, and the facts it supports.
/// </summary>
public sealed record SearchHit(string Sentence, string Marked, IReadOnlyList<Highlight> Highlights, ArticleRef Article, int Start, int End, IReadOnlyList<FactRef> Facts);
