using System.Globalization;
using System.Text.RegularExpressions;
using NegotiationTracker.Extraction.Lexicon;
using NegotiationTracker.Extraction.Mentions;

namespace NegotiationTracker.Extraction.Claims;

/// <summary>
/// A party's team at a round that the report names without a person: "the Colombian government and ELN
/// delegations came to Havana", "the Russian side", "Brazil, Cuba and Norway as the talks' guarantors",
/// "representatives of A and B attended as observers". Only parties the talks know as sides, mediators
/// or observers count: "Turkish officials said" in a report on other talks is nobody's team.
/// </summary>
internal static partial class TeamMentions
{
    public static IEnumerable<DelegationClaim> Read(string file, IReadOnlyList<SentenceMentions> sentences, Talks talks, IReadOnlyList<RoundClaim> rounds, ExtractionLexicon lex)
    {
        var main = rounds.FirstOrDefault(r => r.IsMain);
        // The last word of every team noun ("negotiating team" → team): a sentence without one names no team, and is not masked.
        var nounWords = lex.DelegationNouns.Select(n => TextFold.Fold(n.Split(' ')[^1])).ToHashSet(StringComparer.Ordinal);
        foreach (var s in sentences.Where(s => s.Parties.Count > 0 && s.Sentence.Kind is not Document.BlockKind.Boilerplate and not Document.BlockKind.Caption))
        {
            var dated = rounds.Where(r => r.Evidence.Any(e => e.Start == s.Sentence.Start)).ToList();
            if ((dated.Count == 1 ? dated[0] : main) is not { } round) { continue; }
            // "Officials" may be anyone's ("White House officials said"): they are a team only where the sentence is about meeting.
            // "The two sides will keep pressing for …": what a team will do does not show it at the round.
            if (lex.FutureWords.IsMatch(s.Sentence.Text) && !s.Sentence.Tokens.Any(t => lex.PastTenseWords.Contains(t.Key))) { continue; }
            var role = RoleWord(s, lex);
            if (role is null && !s.Sentence.Tokens.Any(t => nounWords.Contains(t.Key))) { continue; }
            var aboutMeeting = s.Sentence.Tokens.Any(t => lex.MeetingWords.Contains(t.Key)) || lex.Presence.IsMatch(s.Sentence.Text);
            var masked = Masker.Mask(s, []);
            var named = lex.TeamOfParty.Matches(masked).Where(m => aboutMeeting || !lex.LooseTeamNouns.Any(n => m.Value.EndsWith(n, StringComparison.OrdinalIgnoreCase) || m.Value.Contains(n + " ", StringComparison.OrdinalIgnoreCase)))
                .Where(m => !OfBefore().IsMatch(masked[..m.Index])).SelectMany(m => WithJoined(masked, m)).ToList();
            // "Ghana, Guinea and Togo are among the members of the ECOWAS mediating committee": a body's members are no teams of their own.
            var members = lex.MembershipPatterns.Select(p => p.Match(masked)).FirstOrDefault(m => m.Success);
            if (role is not null) { named.AddRange(Listed(masked, s).Where(run => !run.Any(c => round.Negotiators.Contains(s.Parties[c].Party.Name)) && !Before(run, members, masked)).SelectMany(run => run)); }
            foreach (var party in named.Select(c => s.Parties[c].Party.Name).Distinct())
            {
                // A party the talks do not know as side, mediator or observer counts only beside a role word ("attended as observers").
                var known = round.Negotiators.Contains(party) || talks.Mediators.Contains(party) || talks.Observers.Contains(party);
                if (!known && role is null) { continue; }
                yield return new DelegationClaim(round.Local, party, known ? talks.RoleOf(party) : role!, null, false, null, s.Sentence.EvidenceIn(file));
            }
        }
    }

    /// <summary>"⟨C0⟩ and ⟨C1⟩ delegations": the team noun speaks of both parties joined before it.</summary>
    private static IEnumerable<int> WithJoined(string masked, Match team)
    {
        var at = Index(team.Groups["c"].Value);
        yield return at;
        if (JoinedBefore().Match(masked[..team.Index]) is { Success: true } j) { yield return Index(j.Groups["c"].Value); }
        if (team.Value.EndsWith('⟩') && JoinedAfter().Match(masked[(team.Index + team.Length)..]) is { Success: true } k) { yield return Index(k.Groups["c"].Value); }
    }

    /// <summary>
    /// The role a sentence gives the parties it lists: an observer word ("attended as observers") before a mediator word
    /// ("guarantors"). A role still to come ("agreed that five countries would serve as observers") gives none.
    /// </summary>
    private static string? RoleWord(SentenceMentions s, ExtractionLexicon lex) =>
        HasRole(s, lex.ObserverWords, lex) ? "observer"
        : HasRole(s, lex.MediatorWords, lex) ? "mediator"
        : null;

    private static bool HasRole(SentenceMentions s, IReadOnlySet<string> words, ExtractionLexicon lex)
    {
        var tokens = s.Sentence.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!words.Contains(tokens[i].Key)) { continue; }
            var from = tokens[Math.Max(0, i - FutureRoleWindow)].Start - s.Sentence.Start;
            if (!lex.FutureWords.IsMatch(s.Sentence.Text[from..(tokens[i].Start - s.Sentence.Start)])) { return true; }
        }

        return false;
    }

    /// <summary>How many words before a role word a future word makes it a role still to come ("will serve as observers").</summary>
    private const int FutureRoleWindow = 4;

    /// <summary>
    /// "⟨C0⟩, ⟨C1⟩, ⟨C2⟩ and ⟨C3⟩": each list of two or more parties written together by name. Capitals list
    /// places ("Muscat … and Rome, Italy"), and a city with its country is one place, not two parties.
    /// </summary>
    private static IEnumerable<List<int>> Listed(string masked, SentenceMentions s) =>
        PartyList().Matches(masked).Select(m => PartyTag().Matches(m.Value).Select(t => Index(t.Groups["c"].Value)).ToList())
            .Where(run => run.All(c => s.Parties[c].Kind is PartyTermKind.Name or PartyTermKind.Demonym) && run.Select(c => s.Parties[c].Party.Name).Distinct().Count() == run.Count);

    private static int Index(string digits) => int.Parse(digits, CultureInfo.InvariantCulture);

    /// <summary>Whether a listed run stands before a membership phrase (so its parties are the body's members).</summary>
    private static bool Before(List<int> run, Match? membership, string masked) =>
        membership is not null && masked.IndexOf($"⟨C{run[^1]}⟩", StringComparison.Ordinal) is var at && at >= 0 && at < membership.Index;

    [GeneratedRegex(@"⟨C(?<c>\d+)⟩(?:\s+[a-z]+)?\s*(?:,\s*|\s+and\s+)$")]
    private static partial Regex JoinedBefore();

    /// <summary>"The tariffs of the U.S. side": a team after "of" owns something; it is not shown at the talks.</summary>
    [GeneratedRegex(@"\bof\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex OfBefore();

    [GeneratedRegex(@"^\s+and\s+(?:the\s+)?⟨C(?<c>\d+)⟩")]
    private static partial Regex JoinedAfter();

    [GeneratedRegex(@"⟨C\d+⟩(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?⟨C\d+⟩)+")]
    private static partial Regex PartyList();

    [GeneratedRegex(@"⟨C(?<c>\d+)⟩")]
    private static partial Regex PartyTag();
}
