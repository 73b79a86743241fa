using System.Text.RegularExpressions;
using NegotiationTracker.Extraction.Lexicon;
using NegotiationTracker.Extraction.Mentions;

namespace NegotiationTracker.Extraction.Claims;

/// <summary>
/// Reads who is in which party's team at which round: heads from the lexicon's head cues ("led by X",
/// "X will head", "Heading the delegations were A and B"), members from member cues ("It will also
/// include A, B and C"), principals of a dated meeting ("X met Y on Monday"), and the officials a
/// mediating or observing party sends. A team belongs to the round its sentence dates, else to the main one.
/// </summary>
internal static partial class DelegationReader
{
    public static List<DelegationClaim> Read(string file, IReadOnlyList<SentenceMentions> sentences, Talks talks, IReadOnlyList<RoundClaim> rounds, RoundClaim main, ExtractionLexicon lex)
    {
        var claims = new List<DelegationClaim>();
        string? lastParty = null;
        string? headingParty = null;
        foreach (var s in sentences)
        {
            if (s.Sentence.Kind == Document.BlockKind.Heading) { headingParty = TeamHeading(s, lex); }
            var round = RoundOf(s, rounds, main);
            var masked = Masker.Mask(s, s.People.Select(p => (p.Index, p.Length)).ToList());
            foreach (var clause in Clauses.Of(masked, lex).Select(c => masked[c.From..c.To]))
            {
                var namesParty = clause.Contains("⟨C", StringComparison.Ordinal);
                var namesPerson = clause.Contains("⟨P", StringComparison.Ordinal);
                if (!namesParty && !namesPerson) { continue; } // no one and no team: nothing to read
                var clauseTeam = namesParty ? TeamParty.Of(clause, Match.Empty, s, lex) : null;
                var team = TeamParty.IsItsTeam(clause) ? TeamParty.First(masked, s) : TeamParty.IsSameTeam(clause) ? lastParty : null;
                var heads = namesPerson ? HeadsIn(clause, s, lex).ToList() : [];
                var members = namesPerson && lex.MemberPatterns.Any(p => p.IsMatch(clause))
                    ? PersonTag().Matches(clause).Select(Masker.Tag).Where(t => heads.All(h => h.Tag != t)).ToList() : [];
                foreach (var (tag, isHead, cueParty) in heads.Select(h => (h.Tag, true, h.Party)).Concat(members.Select(m => (m, false, (string?)null))))
                {
                    var person = s.People[tag];
                    // A member named with no team ("He was accompanied by X") joins the team last spoken of — unless the
                    // clause names other parties ("U.S. figures, including X, are also engaged in Turkey").
                    var teamParty = cueParty ?? team ?? clauseTeam ?? person.TitleParty?.Name ?? TeamParty.Single(clause, s) ?? headingParty ?? (isHead || namesParty ? null : lastParty);
                    if (teamParty is null) { continue; }
                    claims.Add(new DelegationClaim(round.Local, teamParty, talks.RoleOf(teamParty, isHead), person.Name, isHead, person.Title, s.Sentence.EvidenceIn(file)));
                    lastParty = teamParty;
                }

                lastParty = team ?? clauseTeam ?? lastParty;
            }

            claims.AddRange(SideOfficials.Read(file, s, talks, round, lex).Where(c => !claims.Any(k => k.Person == c.Person && k.Party == c.Party)));
        }

        claims.AddRange(Principals.Read(file, sentences, talks, rounds, claims, lex));
        return claims;
    }

    /// <summary>
    /// "Who represents Ukraine", "The Russian delegation": a heading that speaks of one party's team; the lines
    /// under it name that team's people. A heading that only names a place ("Geneva (Switzerland)") is none.
    /// </summary>
    private static string? TeamHeading(SentenceMentions s, ExtractionLexicon lex)
    {
        if (s.Parties.Select(p => p.Party.Name).Distinct().ToList() is not [var only]) { return null; }
        var masked = Masker.Mask(s, []);
        return lex.MemberPatterns.Any(p => p.IsMatch(masked)) || lex.TeamOfParty.IsMatch(masked) ? only : null;
    }

    /// <summary>Each head cue's person, with the party the cue itself names; a list cue makes every later person a head.</summary>
    private static IEnumerable<(int Tag, string? Party)> HeadsIn(string clause, SentenceMentions s, ExtractionLexicon lex)
    {
        var seen = new HashSet<int>();
        foreach (var pattern in lex.HeadPatterns)
        {
            foreach (Match m in pattern.Matches(clause))
            {
                if (seen.Add(Masker.Tag(m))) { yield return (Masker.Tag(m), TeamParty.Of(clause, m, s, lex)); }
            }
        }

        foreach (var cue in lex.HeadListPatterns.Select(p => p.Match(clause)).Where(m => m.Success))
        {
            var listed = PersonTag().Matches(clause[cue.Index..]).ToList();
            for (var k = 0; k < listed.Count; k++)
            {
                // "A, Minister … of the DRC, B, Minister … of Rwanda": each head's party is the one written before the next name.
                var tag = Masker.Tag(listed[k]);
                var to = k + 1 < listed.Count ? listed[k + 1].Index : clause.Length - cue.Index;
                var between = clause[(cue.Index + listed[k].Index)..(cue.Index + to)];
                if (seen.Add(tag)) { yield return (tag, s.People[tag].TitleParty?.Name ?? TeamParty.Single(between, s)); }
            }
        }
    }

    /// <summary>The round a sentence speaks of: the one it alone dates, else the article's main round.</summary>
    internal static RoundClaim RoundOf(SentenceMentions s, IReadOnlyList<RoundClaim> rounds, RoundClaim main)
    {
        var dated = rounds.Where(r => r.Evidence.Any(e => e.Start == s.Sentence.Start)).ToList();
        return dated.Count == 1 ? dated[0] : main;
    }

    public static bool IsLeader(string title, ExtractionLexicon lex) =>
        lex.LeaderTitles.Any(l => TextFold.Fold(title).EndsWith(l, StringComparison.Ordinal));

    [GeneratedRegex(@"⟨P(?<p>\d+)⟩")]
    private static partial Regex PersonTag();
}
