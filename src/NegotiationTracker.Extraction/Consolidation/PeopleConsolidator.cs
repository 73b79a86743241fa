using NegotiationTracker.Extraction.Claims;
using NegotiationTracker.Extraction.Lexicon;

namespace NegotiationTracker.Extraction.Consolidation;

/// <summary>One person however spelled: claims with the same name key are one person, with every spelling as an alias.</summary>
internal static class PeopleConsolidator
{
    public static Dictionary<string, KbPerson> Consolidate(IReadOnlyList<ArticleClaims> articles, ExtractionLexicon lex) =>
        articles.SelectMany(a => a.People)
            .GroupBy(p => NameKey.Of(p.Name, lex), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Person(g.Key, [.. g], lex), StringComparer.Ordinal);

    private static KbPerson Person(string key, List<PersonClaim> claims, ExtractionLexicon lex)
    {
        var name = Consolidator.Majority(claims.Select(c => c.Name));
        var parties = claims.Select(c => c.Party).OfType<string>().ToList();
        var titles = claims.Where(c => c.Title is not null)
            .GroupBy(c => TitleKey.Of(c.Title!, lex), StringComparer.Ordinal)
            .Select(g => new KbTitle(Consolidator.Majority(g.Select(c => c.Title!)), Consolidator.Distinct(g.Select(c => c.Evidence))))
            .OrderBy(t => t.Evidence[0].File, StringComparer.Ordinal).ThenBy(t => t.Evidence[0].Start)
            .ToList();
        return new KbPerson(key, name, [.. claims.Select(c => c.Name).Where(n => n != name).Distinct().Order(StringComparer.Ordinal)],
            parties.Count > 0 ? Consolidator.Majority(parties) : null, titles, Consolidator.Distinct(claims.Select(c => c.Evidence)));
    }
}
