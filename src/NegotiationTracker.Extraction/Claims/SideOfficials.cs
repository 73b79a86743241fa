using NegotiationTracker.Extraction.Lexicon;
using NegotiationTracker.Extraction.Mentions;

namespace NegotiationTracker.Extraction.Claims;

/// <summary>A mediator's or observer's official at the talks ("Turkish Foreign Minister X underscored the urgency of the talks").</summary>
internal static class SideOfficials
{
    public static IEnumerable<DelegationClaim> Read(string file, SentenceMentions s, Talks talks, RoundClaim round, ExtractionLexicon lex)
    {
        var talkNoun = s.Sentence.Tokens.Any(t => lex.TalkNouns.Contains(t.Key) || lex.MeetingWords.Contains(t.Key));
        var present = lex.Presence.IsMatch(s.Sentence.Text);
        var inCity = round.City is not null && s.Cities.Any(c => c.City.Name == round.City);
        foreach (var person in s.People.Where(p => p.Title is not null && p.TitleParty is { IsOrganisation: false }))
        {
            var party = person.TitleParty!.Name;
            if (talks.Negotiators.Contains(party) || DelegationReader.IsLeader(person.Title!, lex)) { continue; }
            // A mediator's officials in an article about the talks are part of its team there.
            var mediating = talks.Mediators.Contains(party);
            if (mediating || (present && (talkNoun || inCity)))
            {
                yield return new DelegationClaim(round.Local, party, talks.RoleOf(party), person.Name, false, person.Title, s.Sentence.EvidenceIn(file));
            }
        }
    }
}
