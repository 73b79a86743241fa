namespace NegotiationTracker.Extraction.Lexicon;

/// <summary>A country or organisation that negotiates, mediates or hosts.</summary>
/// <remarks><see cref="CanNegotiate"/>: a country, or a movement that is a side in talks (Hamas, the RSF), unlike a mediating body (UN, EU).</remarks>
public sealed record Party(string Name, string Code, bool IsOrganisation, IReadOnlyList<string> Aliases, bool CanNegotiate = true);

/// <summary>How a party was named: by name or alias, demonym (Turkish), capital (Moscow) or seat of power (Kremlin).</summary>
public enum PartyTermKind { Name, Demonym, Capital, Metonym }

public sealed record PartyTerm(Party Party, PartyTermKind Kind);

public sealed record City(string Name, string? CountryCode);

public sealed record KnownVenue(string Name, string? City, string? CountryCode);

/// <summary>A demand cue; <see cref="Agent"/> is where the demanding party stands: before, after, counterpart.</summary>
/// <remarks><see cref="Fallback"/>: the cue is strong enough ("insists", "demands") that with no known topic it is still a demand, of category other.</remarks>
/// <remarks><see cref="Rejects"/>: a cue of refusal ("will turn down any deal under which…"): a topic after it is refused, not wanted.</remarks>
public sealed record DemandCue(System.Text.RegularExpressions.Regex Pattern, string Agent, bool Fallback, bool Rejects = false);

/// <summary>Folded pronouns: <see cref="Group"/> stands for the last demanding party ("they"), <see cref="Statement"/> for the party the sentence before reported ("it"), <see cref="Person"/> for that sentence's subject ("he").</summary>
public sealed record DemandPronouns(IReadOnlySet<string> Group, IReadOnlySet<string> Statement, IReadOnlySet<string> Person);

public sealed record DemandTopic(string Category, string Label, System.Text.RegularExpressions.Regex Pattern);

/// <summary>One entry of a lexicon file, e.g. <c>lexicon/demands.json</c> and <c>cues[3].pattern</c>.</summary>
public sealed record LexiconEntry(string File, string Entry);
