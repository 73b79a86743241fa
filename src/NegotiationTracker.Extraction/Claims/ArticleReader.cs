using NegotiationTracker.Extraction.Articles;
using NegotiationTracker.Extraction.Document;
using NegotiationTracker.Extraction.Lexicon;
using NegotiationTracker.Extraction.Mentions;

namespace NegotiationTracker.Extraction.Claims;

/// <summary>Reads one article on its own: sentences → mentions → claims with evidence. Pure: text in, claims out.</summary>
public static class ArticleReader
{
    /// <param name="yearHint">The year of the article's undated days, when another article pins it down.</param>
    public static ArticleClaims Read(SeedArticle article, ExtractionLexicon lex, int? yearHint = null)
    {
        var document = ArticleDocument.Read(article, lex);
        var header = document.Header;
        var pageParties = PageParties.Find(document.Content, lex);
        var towns = PageCities.Find(document.Content, lex);
        var sentences = document.Content.Select(s => SentenceMentions.Find(s, lex, pageParties, towns)).ToList();
        PersonFinder.Find(sentences, lex);
        NameOverTitleLines.Attach(sentences, lex);
        var talks = Talks.Read(sentences, lex);

        var people = sentences.SelectMany(s => s.People.SelectMany(p => TitleReader.Offices(p.Title, lex).Select(t => new PersonClaim(p.Name, t, p.TitleParty?.Name, s.Sentence.EvidenceIn(article.File))))
            .Concat(s.People.Select(p => (Person: p, Honorific: TitleReader.Honorific(s, p.Index, lex))).Where(h => h.Honorific is not null)
                .Select(h => new PersonClaim(h.Person.Name, h.Honorific, h.Person.TitleParty?.Name, s.Sentence.EvidenceIn(article.File))))).ToList();
        var rounds = RoundReader.Read(article.File, sentences, talks, header, yearHint, lex);
        var delegations = new List<DelegationClaim>();
        // The team layer: "the government delegation" read as the state's party mention, once for both team readers.
        var teams = SideTeams.Named(sentences, talks, lex);
        if (sentences.Any(s => s.People.Count > 0))
        {
            var main = rounds.FirstOrDefault(r => r.IsMain);
            var candidate = main ?? new RoundClaim { Local = rounds.Count, File = article.File, Negotiators = talks.Negotiators, IsMain = true };
            delegations = DelegationReader.Read(article.File, teams, talks, main is null ? [candidate] : rounds, candidate, lex);
            if (main is null && delegations.Count > 0 && !RoundReader.DaysBelongToOtherEvents(sentences, header, lex))
            {
                // The article names teams but no dated or numbered meeting: keep them on an undated one.
                candidate.Evidence.Add(delegations[0].Evidence);
                RoundReader.AttachVenue(article.File, sentences, candidate, lex);
                rounds.Add(candidate);
            }
        }

        ArticleCity.Fill(rounds, sentences, lex);
        DatelineCity.Fill(rounds, sentences, header.PublishedOn);
        delegations.AddRange(TeamMentions.Read(article.File, teams, talks, rounds, lex));
        delegations.AddRange(SidesAtTheTable.Read(article.File, sentences, rounds, delegations, lex));
        var personParty = PersonParties(people, delegations);
        var demands = DemandReader.Read(article.File, sentences, talks, rounds.FirstOrDefault(r => r.IsMain), personParty, lex);
        people = [.. people.Select(p => p.Party is null && personParty.TryGetValue(p.Name, out var party) ? p with { Party = party } : p)];
        return new ArticleClaims(article.File, header.PublishedOn, talks.Negotiators, rounds, people, delegations, demands, pageParties.Parties);
    }

    private static Dictionary<string, string> PersonParties(IEnumerable<PersonClaim> people, IEnumerable<DelegationClaim> delegations)
    {
        var parties = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var p in people.Where(p => p.Party is not null)) { parties.TryAdd(p.Name, p.Party!); }
        foreach (var d in delegations.Where(d => d.Person is not null)) { parties.TryAdd(d.Person!, d.Party); }
        return parties;
    }
}
