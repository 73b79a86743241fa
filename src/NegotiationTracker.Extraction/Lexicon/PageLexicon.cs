using System.Text.RegularExpressions;

namespace NegotiationTracker.Extraction.Lexicon;

/// <summary>How to tell page furniture from the report (from <c>lexicon/page.json</c>).</summary>
/// <param name="Boilerplate">Any boilerplate line pattern, as one compiled pattern.</param>
/// <param name="Caption">Any photo-caption or credit pattern.</param>
/// <param name="Bullets">Marks that open a list item.</param>
public sealed record PageLexicon(Regex Boilerplate, Regex Caption, IReadOnlyList<string> Bullets);
