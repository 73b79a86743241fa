using Microsoft.EntityFrameworkCore;
using NegotiationTracker.Data.Common;
using NegotiationTracker.Data.Conflicts;
using NegotiationTracker.Data.Delegations;
using NegotiationTracker.Data.Demands;
using NegotiationTracker.Data.History;
using NegotiationTracker.Data.Participants;
using NegotiationTracker.Data.Parties;
using NegotiationTracker.Data.Rounds;
using NegotiationTracker.Data.Venues;
using NegotiationTracker.Extraction;
using NegotiationTracker.Extraction.Consolidation;
using TextFold = NegotiationTracker.Extraction.Lexicon.TextFold;

namespace NegotiationTracker.Data.Import;

/// <summary>
/// Writes a consolidated knowledge base over the previous one, table by table, matching rows on
/// natural keys: unchanged rows are not touched, changed ones keep their id, vanished ones go.
/// Runs inside the import's transaction; saves between tables only to learn new ids.
/// </summary>
internal sealed class KnowledgeBaseWriter(TrackerDbContext db, IReadOnlyDictionary<string, int> articleIds, ChangeTally tally, ImportJournal journal, DateTimeOffset now)
{
    private readonly SyncedTableWriter tables = new(db, tally, journal, now);

    public async Task WriteAsync(KnowledgeBase kb, CancellationToken ct)
    {
        var partyKeys = kb.Parties.ToDictionary(p => p.Name, p => Keys(p.Aliases.Prepend(p.Name)), StringComparer.Ordinal);
        string KeysOf(IEnumerable<string> parties) => "|" + string.Concat(parties.Select(p => partyKeys.GetValueOrDefault(p, Keys([p]))[1..]));

        await tables.SyncAsync(db.Parties, kb.Parties, p => p.Name, "parties", (row, p) =>
        {
            (row.Name, row.Aliases, row.SearchKeys) = (p.Name, [.. p.Aliases], partyKeys[p.Name]);
        }, p => new Party { Key = p.Name, Name = p.Name }, p => p.Name, ct);
        await tables.SyncAsync(db.Venues, kb.Venues, v => v.Key, "venues", (row, v) =>
        {
            (row.Name, row.City, row.Country, row.Aliases, row.SearchKeys) = (v.Name, v.City, v.Country, [.. v.Aliases], Keys(v.Aliases.Prepend(v.Name)));
            Attach(row, v.Evidence);
        }, v => new Venue { Key = v.Key, Name = v.Name }, v => v.Key, ct);
        await tables.SyncAsync(db.Participants, kb.People, p => p.Key, "participants", (row, p) =>
        {
            (row.Name, row.Aliases, row.Party, row.SearchKeys) = (p.Name, [.. p.Aliases], p.Party, Keys(p.Aliases.Prepend(p.Name)));
            row.Titles = [.. p.Titles.Select(t => new TitleRecord(t.Title, Records(t.Evidence)))];
            Attach(row, p.Evidence);
        }, p => new Participant { Key = p.Key, Name = p.Name }, p => p.Key, ct);
        await SaveAndForgetAsync(ct);

        var venueIds = await db.Venues.ToDictionaryAsync(v => v.Key, v => v.Id, ct);
        await tables.SyncAsync(db.Rounds, kb.Rounds, r => r.Key + Ref(r.VenueKey, venueIds), "rounds", (row, r) =>
        {
            (row.Number, row.Date, row.DatePrecision, row.DateText, row.City) = (r.Number, r.Date, r.DatePrecision, r.DateText, r.City);
            (row.VenueId, row.Parties, row.PartyKeys) = (r.VenueKey is null ? null : venueIds[r.VenueKey], [.. r.Parties], KeysOf(r.Parties));
            row.Outcomes = [.. r.Outcomes.Select(o => new OutcomeRecord(o.Text, Records(o.Evidence)))];
            Attach(row, r.Evidence);
        }, r => new Round { Key = r.Key, DatePrecision = r.DatePrecision }, r => r.Key, ct);
        await SaveAndForgetAsync(ct);

        var roundIds = await db.Rounds.ToDictionaryAsync(r => r.Key, r => r.Id, ct);
        var people = await db.Participants.ToDictionaryAsync(p => p.Key, p => p.Id, ct);
        await tables.SyncAsync(db.Delegations, kb.Delegations, d => d.Key + Ref(d.RoundKey, roundIds) + Ref(d.HeadKey, people) + string.Concat(d.Members.Select(m => Ref(m.PersonKey, people))), "delegations", (row, d) =>
        {
            (row.RoundId, row.Party, row.PartyKeys, row.Role) = (roundIds[d.RoundKey], d.Party, KeysOf([d.Party]), d.Role);
            row.HeadId = d.HeadKey is null ? null : people[d.HeadKey];
            row.Members = [.. d.Members.Select(m => new DelegationMember { ParticipantId = people[m.PersonKey], Title = m.Title, IsHead = m.IsHead })];
            Attach(row, d.Evidence);
        }, d => new Delegation { Key = d.Key, Party = d.Party, Role = d.Role }, d => d.Key, ct,
            updatedIds => db.DelegationMembers.Where(m => updatedIds.Contains(m.DelegationId)).ExecuteDeleteAsync(ct),
            added => BulkInserter.InsertAsync(db, [.. added.SelectMany(d => d.Members.Select(m => { m.DelegationId = d.Id; return m; }))], ct));
        await tables.SyncAsync(db.Demands, kb.Demands, d => d.Key + Ref(d.RoundKey, roundIds), "demands", (row, d) =>
        {
            (row.Party, row.PartyKeys, row.Category, row.Text) = (d.Party, KeysOf([d.Party]), d.Category, d.Text);
            row.RoundId = d.RoundKey is null ? null : roundIds[d.RoundKey];
            Attach(row, d.Evidence);
        }, d => new Demand { Key = d.Key, Party = d.Party, Category = d.Category, Text = d.Text }, d => d.Key, ct);
        await tables.SyncAsync(db.Conflicts, kb.Conflicts, c => c.Key, "conflicts", (row, c) =>
        {
            (row.Subject, row.Field) = (c.Subject, c.Field);
            row.Claims = [.. c.Claims.Select(x => new ClaimRecord(x.Value, Records(x.Evidence)))];
            Attach(row, c.Claims.SelectMany(x => x.Evidence).ToList());
        }, c => new Conflict { Key = c.Key, Subject = c.Subject, Field = c.Field }, c => c.Key, ct);
        await SaveAndForgetAsync(ct);
        await tables.DeleteVanishedAsync();
    }

    /// <summary>
    /// Saves and stops tracking: written rows are never touched again in this import, and a tracker
    /// holding thousands of them would make every later save scan them all.
    /// </summary>
    private async Task SaveAndForgetAsync(CancellationToken ct)
    {
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        journal.Saved();
    }

    private void Attach(SyncedEntity row, IReadOnlyList<Evidence> evidence)
    {
        row.Evidence = Records(evidence);
        row.Sources = "|" + string.Concat(evidence.Select(e => e.File).Distinct().Order(StringComparer.Ordinal).Select(f => f + "|"));
    }

    private List<EvidenceRecord> Records(IEnumerable<Evidence> evidence) =>
        [.. evidence.Select(e => new EvidenceRecord(articleIds[e.File], e.File, e.Sentence, e.Start, e.End))];

    private static string Ref(string? key, IReadOnlyDictionary<string, int> ids) => key is null ? "|-" : $"|{ids.GetValueOrDefault(key)}";

    /// <summary>Folded names as <c>|a|b|</c>, so SQL can match any of them with LIKE.</summary>
    public static string Keys(IEnumerable<string> names) =>
        "|" + string.Concat(names.Select(TextFold.Fold).Distinct().Select(n => n + "|"));
}
