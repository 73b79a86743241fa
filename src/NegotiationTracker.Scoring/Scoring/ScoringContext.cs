using NegotiationTracker.Extraction.Consolidation;
using NegotiationTracker.Extraction.Lexicon;
using NegotiationTracker.Extraction.Text;
using NegotiationTracker.Scoring.Expected;
using NegotiationTracker.Scoring.Matching;

namespace NegotiationTracker.Scoring.Scoring;

/// <summary>What every field scorer needs: the extracted facts, the expected ones, the matcher and the report's sentences.</summary>
public sealed class ScoringContext(KnowledgeBase kb, ExpectedReport expected, FactMatcher match, string text)
{
    private readonly List<Sentence> sentences = SentenceSplitter.Split(text);

    public KnowledgeBase Kb => kb;

    /// <summary>The years the report writes anywhere: a meeting dated in another year cannot be read from it.</summary>
    public IReadOnlySet<int> YearsInText { get; } = RoundDates.YearsIn(text);

    public ExpectedReport Expected => expected;

    public FactMatcher Match => match;

    public List<Miss> Misses { get; } = [];

    /// <summary>Rounds that neither count for nor against the extractor (a planned meeting on its announced day), nor do their teams.</summary>
    public HashSet<string> NeutralRounds { get; } = [];

    public Dictionary<string, FieldTally> Fields { get; } = [];

    public void Add(string field, FieldTally tally) =>
        Fields[field] = Fields.TryGetValue(field, out var t) ? t + tally : tally;

    public void Missed(string field, string what, params string?[] clues) => Misses.Add(new Miss(field, false, what, Locate(clues)));

    public void Wrong(string field, string what, string? sentence) => Misses.Add(new Miss(field, true, what, sentence));

    /// <summary>Every spelling of an expected person: the name the spec uses for them and its aliases.</summary>
    public IEnumerable<string> Spellings(string name)
    {
        var person = expected.Persons.FirstOrDefault(p => match.SamePerson([p.Name, .. p.Aliases], [name]));
        return person is null ? [name] : [person.Name, .. person.Aliases];
    }

    public static string? SentenceOf(IReadOnlyList<Extraction.Evidence> evidence) => evidence.Count > 0 ? evidence[0].Sentence : null;

    public KbPerson? Person(string? key) => key is null ? null : kb.People.FirstOrDefault(p => p.Key == key);

    /// <summary>The sentence a missed fact most likely stands in: the first that holds a clue, else the one sharing most words.</summary>
    private string? Locate(string?[] clues)
    {
        foreach (var clue in clues.OfType<string>().Where(c => c.Length > 2))
        {
            var folded = TextFold.Fold(clue);
            if (sentences.FirstOrDefault(s => TextFold.Fold(s.Text).Contains(folded, StringComparison.Ordinal)) is { } hit) { return hit.Text; }
        }

        var words = clues.OfType<string>().SelectMany(c => c.Split(' ')).Select(TextFold.Fold).Where(w => w.Length > 3).ToHashSet();
        return sentences.Select(s => (s.Text, Shared: s.Tokens.Count(t => words.Contains(TextFold.Fold(t.Text)))))
            .Where(s => s.Shared > 0).OrderByDescending(s => s.Shared).Select(s => s.Text).FirstOrDefault();
    }
}
