using System.Text.RegularExpressions;
using NegotiationTracker.Extraction.Lexicon;
using NegotiationTracker.Extraction.Mentions;

namespace NegotiationTracker.Extraction.Claims;

/// <summary>
/// Reads who is in which party's team at the article's main round: heads from the lexicon's head cues
/// ("led by X", "X will head"), members from member cues ("It will also include A, B and C"), and
/// the officials a mediating or observing party sends to the talks. Clauses joined by "while" are read apart.
/// </summary>
internal static partial class DelegationReader
{
    public static List<DelegationClaim> Read(string file, IReadOnlyList<SentenceMentions> sentences, Talks talks, RoundClaim main, ExtractionLexicon lex)
    {
        var claims = new List<DelegationClaim>();
        string? lastParty = null;
        foreach (var s in sentences)
        {
            var masked = Masker.Mask(s, s.People.Select(p => (p.Index, p.Length)).ToList());
            foreach (var clause in Clauses.Of(masked, lex).Select(c => masked[c.From..c.To]))
            {
                var party = PartyOf(clause, masked, s, lastParty);
                var heads = lex.HeadPatterns.SelectMany(p => p.Matches(clause).Select(Masker.Tag)).Distinct().ToList();
                var members = lex.MemberPatterns.Any(p => p.IsMatch(clause))
                    ? PersonTag().Matches(clause).Select(Masker.Tag).Except(heads).ToList() : [];
                foreach (var (tag, isHead) in heads.Select(h => (h, true)).Concat(members.Select(m => (m, false))))
                {
                    var person = s.People[tag];
                    // A member named with no team ("He was accompanied by X") joins the team last spoken of.
                    var teamParty = party ?? person.TitleParty?.Name ?? SingleParty(clause, s) ?? (isHead ? null : lastParty);
                    if (teamParty is null) { continue; }
                    claims.Add(new DelegationClaim(main.Local, teamParty, talks.RoleOf(teamParty, isHead), person.Name, isHead, person.Title, s.Sentence.EvidenceIn(file)));
                    lastParty = teamParty;
                }

                lastParty = party ?? lastParty;
            }

            claims.AddRange(SideOfficials(file, s, talks, main, lex).Where(c => !claims.Any(k => k.Person == c.Person && k.Party == c.Party)));
        }

        return claims;
    }

    /// <summary>A mediator's or observer's official at the talks ("Turkish Foreign Minister X underscored the urgency of the talks").</summary>
    private static IEnumerable<DelegationClaim> SideOfficials(string file, SentenceMentions s, Talks talks, RoundClaim main, ExtractionLexicon lex)
    {
        var talkNoun = s.Sentence.Tokens.Any(t => lex.TalkNouns.Contains(t.Key));
        var present = lex.Presence.IsMatch(s.Sentence.Text);
        var inCity = main.City is not null && s.Cities.Any(c => c.City.Name == main.City);
        foreach (var person in s.People.Where(p => p.Title is not null && p.TitleParty is { IsOrganisation: false }))
        {
            var party = person.TitleParty!.Name;
            if (talks.Negotiators.Contains(party) || IsLeader(person.Title!, lex)) { continue; }
            // A mediator's officials in an article about the talks are part of its team there.
            var mediating = talks.Mediators.Contains(party);
            if (mediating || (present && (talkNoun || inCity)))
            {
                yield return new DelegationClaim(main.Local, party, talks.RoleOf(party), person.Name, false, person.Title, s.Sentence.EvidenceIn(file));
            }
        }
    }

    public static bool IsLeader(string title, ExtractionLexicon lex) =>
        lex.LeaderTitles.Any(l => TextFold.Fold(title).EndsWith(l, StringComparison.Ordinal));

    private static string? PartyOf(string clause, string sentence, SentenceMentions s, string? lastParty)
    {
        var m = TeamOfParty().Match(clause);
        if (m.Success) { return s.Parties[int.Parse(m.Groups["c"].Value, System.Globalization.CultureInfo.InvariantCulture)].Party.Name; }
        if (ItsTeam().IsMatch(clause) && PartyTag().Match(sentence) is { Success: true } first)
        {
            return s.Parties[int.Parse(first.Groups["c"].Value, System.Globalization.CultureInfo.InvariantCulture)].Party.Name;
        }

        return SameTeam().IsMatch(clause) ? lastParty : null;
    }

    private static string? SingleParty(string clause, SentenceMentions s)
    {
        var parties = PartyTag().Matches(clause).Select(m => s.Parties[int.Parse(m.Groups["c"].Value, System.Globalization.CultureInfo.InvariantCulture)].Party.Name).Distinct().ToList();
        return parties.Count == 1 ? parties[0] : null;
    }

    [GeneratedRegex(@"⟨C(?<c>\d+)⟩(?:['’]s)?\s+(?:[a-z-]+\s+){0,2}?(?:delegation|team|side|negotiators|representatives)\b|\b(?:delegation|team|side)\s+(?:of|from)\s+(?:the\s+)?⟨C(?<c>\d+)⟩")]
    private static partial Regex TeamOfParty();

    [GeneratedRegex(@"\bits\s+(?:\w+\s+)?(?:delegation|team)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ItsTeam();

    [GeneratedRegex(@"^\s*(?:It|The\s+(?:team|delegation))\b")]
    private static partial Regex SameTeam();

    [GeneratedRegex(@"⟨P(?<p>\d+)⟩")]
    private static partial Regex PersonTag();

    [GeneratedRegex(@"⟨C(?<c>\d+)⟩")]
    private static partial Regex PartyTag();
}
