using System.Globalization;
using System.Text.RegularExpressions;
using NegotiationTracker.Extraction.Lexicon;
using NegotiationTracker.Extraction.Mentions;

namespace NegotiationTracker.Extraction.Claims;

/// <summary>
/// "Headed by A and B, the ⟨Russian⟩ and ⟨Japanese⟩ delegations met", "the ⟨X⟩ and ⟨Y⟩ teams, led by A and B":
/// a pair of people set right beside a pair of teams go together in order — the first person leads the first
/// team, the second the second. Two parties inside an office ("the foreign ministers of X and Y") or somewhere
/// else in the clause ("with X and Y officials on either side") are no such pair.
/// </summary>
internal static partial class RespectivePairs
{
    public static Dictionary<int, string> Of(string clause, SentenceMentions s, ExtractionLexicon lex)
    {
        foreach (Match team in lex.TeamOfParty.Matches(clause))
        {
            if (!team.Value.StartsWith("⟨C", StringComparison.Ordinal) || lex.LooseTeamNouns.Any(n => team.Value.EndsWith(n, StringComparison.OrdinalIgnoreCase))) { continue; }
            var before = clause[..team.Index];
            var (people, first) = PeopleThenTeams().Match(before) is { Success: true } p ? (p, p)
                : TeamsBefore().Match(before) is { Success: true } t ? (PeopleAfter().Match(clause[(team.Index + team.Length)..]), t) : (Match.Empty, Match.Empty);
            if (!people.Success) { continue; }
            var (a, b) = (s.Parties[Index(first.Groups["c"])].Party.Name, s.Parties[Index(team.Groups["c"])].Party.Name);
            if (a != b) { return new() { [Index(people.Groups["a"])] = a, [Index(people.Groups["b"])] = b }; }
        }

        return [];
    }

    private static int Index(Group g) => int.Parse(g.Value, CultureInfo.InvariantCulture);

    /// <summary>"A and B, the ⟨C0⟩ and " before the second team.</summary>
    [GeneratedRegex(@"⟨P(?<a>\d+)⟩\s+and\s+⟨P(?<b>\d+)⟩\s*,\s*(?:the\s+)?⟨C(?<c>\d+)⟩\s+and\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex PeopleThenTeams();

    [GeneratedRegex(@"⟨C(?<c>\d+)⟩\s+and\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex TeamsBefore();

    /// <summary>", led respectively by A and B" after the second team: a few plain words, then the pair.</summary>
    [GeneratedRegex(@"^\s*,?\s+(?:[a-z-]+\s+){1,5}?⟨P(?<a>\d+)⟩\s+and\s+⟨P(?<b>\d+)⟩", RegexOptions.IgnoreCase)]
    private static partial Regex PeopleAfter();
}
