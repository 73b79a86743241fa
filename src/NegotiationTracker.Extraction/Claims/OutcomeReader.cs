using System.Text.RegularExpressions;
using NegotiationTracker.Extraction.Lexicon;
using NegotiationTracker.Extraction.Mentions;

namespace NegotiationTracker.Extraction.Claims;

/// <summary>
/// Reads what meetings produced: a sentence that dates rounds and says what was agreed or
/// exchanged ("At the last talks on May 16 and June 2, the two sides agreed to large-scale prisoner
/// exchanges"), and the next sentence when it goes on about the same sides ("They also exchanged…").
/// </summary>
internal static partial class OutcomeReader
{
    public static void Read(string file, IReadOnlyList<SentenceMentions> sentences, IReadOnlyList<RoundClaim> rounds, ExtractionLexicon lex)
    {
        List<RoundClaim> previous = [];
        foreach (var s in sentences)
        {
            var evidence = s.Sentence.EvidenceIn(file);
            var dated = rounds.Where(r => r.Evidence.Contains(evidence) && r.Date is not null).ToList();
            var about = dated.Count > 0 ? dated : SameSides().IsMatch(s.Sentence.Text) ? previous : [];
            var cue = lex.OutcomePatterns.Select(p => p.Match(s.Sentence.Text)).Where(m => m.Success).MinBy(m => m.Index);
            if (cue is not null && about.Count > 0)
            {
                var text = s.Sentence.Text[cue.Index..].TrimEnd('.', ' ');
                foreach (var round in about) { round.Outcomes.Add((text, evidence)); }
            }

            previous = dated.Count > 0 ? dated : cue is not null ? about : [];
        }
    }

    [GeneratedRegex(@"^\s*(?:They|The\s+two\s+sides|Both\s+sides|The\s+sides)\b")]
    private static partial Regex SameSides();
}
