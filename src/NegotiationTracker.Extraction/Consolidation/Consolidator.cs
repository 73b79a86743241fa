using NegotiationTracker.Extraction.Claims;
using NegotiationTracker.Extraction.Lexicon;

namespace NegotiationTracker.Extraction.Consolidation;

/// <summary>Merges every article's claims into one knowledge base: one record per person, venue, round, team and demand.</summary>
public static class Consolidator
{
    public static KnowledgeBase Consolidate(IReadOnlyList<ArticleClaims> articles, ExtractionLexicon lex)
    {
        var conflicts = new List<KbConflict>();
        var people = PeopleConsolidator.Consolidate(articles, lex);
        var (rounds, roundOf, venues) = RoundConsolidator.Consolidate(articles, lex, conflicts);
        var delegations = DelegationConsolidator.Consolidate(articles, roundOf, rounds, people, lex, conflicts);
        // A meeting no reading gave a side or a team ("On Sunday, coalition talks got under way") belongs to no negotiation a
        // user can ask about: it is left out, with a venue only it named, rather than kept as a round between no one.
        rounds = [.. rounds.Select(r => r with
        {
            Parties = [.. r.Parties.Concat(delegations.Where(d => d.RoundKey == r.Key).Select(d => d.Party)).Distinct().Order(StringComparer.Ordinal)],
        }).Where(r => r.Parties.Count > 0)];
        var kept = rounds.Select(r => r.Key).ToHashSet(StringComparer.Ordinal);
        var usedVenues = rounds.Select(r => r.VenueKey).OfType<string>().ToHashSet(StringComparer.Ordinal);
        venues = [.. venues.Where(v => usedVenues.Contains(v.Key))];
        var demands = articles.SelectMany(a => a.Demands.Select(d => (a.File, Demand: d)))
            .GroupBy(x => (x.Demand.Party, x.Demand.Label, Round: x.Demand.RoundLocal is { } l && roundOf.GetValueOrDefault((x.File, l)) is { } k && kept.Contains(k) ? k : null))
            .Select(g => new KbDemand($"{g.Key.Party}|{g.Key.Label}|{g.Key.Round}", g.Key.Party, g.First().Demand.Category,
                g.First().Demand.Text, g.Key.Round, Distinct(g.Select(x => x.Demand.Evidence))))
            .OrderBy(d => d.Key, StringComparer.Ordinal).ToList();

        var partyNames = rounds.SelectMany(r => r.Parties).Concat(delegations.Select(d => d.Party)).Concat(demands.Select(d => d.Party))
            .Concat(people.Values.Select(p => p.Party).OfType<string>()).ToHashSet(StringComparer.Ordinal);
        // A page party (a movement the lexicon does not know) is a party of the knowledge base as soon as a fact names it.
        var pageParties = articles.SelectMany(a => a.PageParties).Where(p => partyNames.Contains(p.Name))
            .GroupBy(p => p.Name, StringComparer.Ordinal).Select(g => new KbParty(g.Key, [.. g.SelectMany(p => p.Aliases).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]));
        var parties = lex.Parties.Where(p => partyNames.Contains(p.Name)).Select(p => new KbParty(p.Name, p.Aliases))
            .Concat(pageParties.Where(p => lex.Parties.All(l => l.Name != p.Name))).ToList();
        return new KnowledgeBase(parties, venues, [.. people.Values.OrderBy(p => p.Key, StringComparer.Ordinal)], rounds, delegations, demands, conflicts);
    }

    public static List<Evidence> Distinct(IEnumerable<Evidence> evidence) =>
        [.. evidence.Distinct().OrderBy(e => e.File, StringComparer.Ordinal).ThenBy(e => e.Start)];

    /// <summary>The value most claims agree on; ties go to the one with more diacritics (the careful spelling), then the first.</summary>
    public static string Majority(IEnumerable<string> values) =>
        values.GroupBy(v => v).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key.Count(c => c > 127)).First().Key;
}
