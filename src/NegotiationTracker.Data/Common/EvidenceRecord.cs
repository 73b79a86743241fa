namespace NegotiationTracker.Data.Common;

/// <summary>Evidence as stored (a JSON column): the article, the sentence and its offsets.</summary>
public sealed record EvidenceRecord(int ArticleId, string File, string Sentence, int Start, int End);

/// <summary>A title a person held, with the sentences that say so.</summary>
public sealed record TitleRecord(string Title, List<EvidenceRecord> Evidence);

/// <summary>What a round produced, with the sentences that say so.</summary>
public sealed record OutcomeRecord(string Text, List<EvidenceRecord> Evidence);

/// <summary>One side of a conflict: a value and the evidence for it.</summary>
public sealed record ClaimRecord(string Value, List<EvidenceRecord> Evidence);
