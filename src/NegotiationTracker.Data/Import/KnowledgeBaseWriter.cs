using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NegotiationTracker.Data.Common;
using NegotiationTracker.Data.Conflicts;
using NegotiationTracker.Data.Delegations;
using NegotiationTracker.Data.Demands;
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
internal sealed class KnowledgeBaseWriter(TrackerDbContext db, IReadOnlyDictionary<string, int> articleIds, ChangeTally tally)
{
    public async Task WriteAsync(KnowledgeBase kb, CancellationToken ct)
    {
        var partyKeys = kb.Parties.ToDictionary(p => p.Name, p => Keys(p.Aliases.Prepend(p.Name)), StringComparer.Ordinal);
        string KeysOf(IEnumerable<string> parties) => "|" + string.Concat(parties.Select(p => partyKeys.GetValueOrDefault(p, Keys([p]))[1..]));

        Sync(db.Parties, await db.Parties.ToListAsync(ct), kb.Parties, p => p.Name, "parties", (row, p) =>
        {
            (row.Name, row.Aliases, row.SearchKeys) = (p.Name, [.. p.Aliases], partyKeys[p.Name]);
        }, p => new Party { Key = p.Name, Name = p.Name });
        Sync(db.Venues, await db.Venues.ToListAsync(ct), kb.Venues, v => v.Key, "venues", (row, v) =>
        {
            (row.Name, row.City, row.Country, row.Aliases, row.SearchKeys) = (v.Name, v.City, v.Country, [.. v.Aliases], Keys(v.Aliases.Prepend(v.Name)));
            Attach(row, v.Evidence);
        }, v => new Venue { Key = v.Key, Name = v.Name });
        Sync(db.Participants, await db.Participants.ToListAsync(ct), kb.People, p => p.Key, "participants", (row, p) =>
        {
            (row.Name, row.Aliases, row.Party, row.SearchKeys) = (p.Name, [.. p.Aliases], p.Party, Keys(p.Aliases.Prepend(p.Name)));
            row.Titles = [.. p.Titles.Select(t => new TitleRecord(t.Title, Records(t.Evidence)))];
            Attach(row, p.Evidence);
        }, p => new Participant { Key = p.Key, Name = p.Name });
        await db.SaveChangesAsync(ct);

        var venueIds = await db.Venues.ToDictionaryAsync(v => v.Key, v => v.Id, ct);
        Sync(db.Rounds, await db.Rounds.ToListAsync(ct), kb.Rounds, r => r.Key + Ref(r.VenueKey, venueIds), "rounds", (row, r) =>
        {
            (row.Number, row.Date, row.DatePrecision, row.DateText, row.City) = (r.Number, r.Date, r.DatePrecision, r.DateText, r.City);
            (row.VenueId, row.Parties, row.PartyKeys) = (r.VenueKey is null ? null : venueIds[r.VenueKey], [.. r.Parties], KeysOf(r.Parties));
            Attach(row, r.Evidence);
        }, r => new Round { Key = r.Key, DatePrecision = r.DatePrecision }, wantedKey: r => r.Key);
        await db.SaveChangesAsync(ct);

        var roundIds = await db.Rounds.ToDictionaryAsync(r => r.Key, r => r.Id, ct);
        var people = await db.Participants.ToDictionaryAsync(p => p.Key, p => p.Id, ct);
        var delegations = await db.Delegations.Include(d => d.Members).ToListAsync(ct);
        Sync(db.Delegations, delegations, kb.Delegations, d => d.Key + Ref(d.RoundKey, roundIds) + Ref(d.HeadKey, people) + string.Concat(d.Members.Select(m => Ref(m.PersonKey, people))), "delegations", (row, d) =>
        {
            (row.RoundId, row.Party, row.PartyKeys, row.Role) = (roundIds[d.RoundKey], d.Party, KeysOf([d.Party]), d.Role);
            row.HeadId = d.HeadKey is null ? null : people[d.HeadKey];
            row.Members = [.. d.Members.Select(m => new DelegationMember { ParticipantId = people[m.PersonKey], Title = m.Title, IsHead = m.IsHead })];
            Attach(row, d.Evidence);
        }, d => new Delegation { Key = d.Key, Party = d.Party, Role = d.Role }, wantedKey: d => d.Key);
        Sync(db.Demands, await db.Demands.ToListAsync(ct), kb.Demands, d => d.Key + Ref(d.RoundKey, roundIds), "demands", (row, d) =>
        {
            (row.Party, row.PartyKeys, row.Category, row.Text) = (d.Party, KeysOf([d.Party]), d.Category, d.Text);
            row.RoundId = d.RoundKey is null ? null : roundIds[d.RoundKey];
            Attach(row, d.Evidence);
        }, d => new Demand { Key = d.Key, Party = d.Party, Category = d.Category, Text = d.Text }, wantedKey: d => d.Key);
        Sync(db.Conflicts, await db.Conflicts.ToListAsync(ct), kb.Conflicts, c => c.Key, "conflicts", (row, c) =>
        {
            (row.Subject, row.Field) = (c.Subject, c.Field);
            row.Claims = [.. c.Claims.Select(x => new ClaimRecord(x.Value, Records(x.Evidence)))];
            Attach(row, c.Claims.SelectMany(x => x.Evidence).ToList());
        }, c => new Conflict { Key = c.Key, Subject = c.Subject, Field = c.Field });
    }

    /// <param name="hashKey">What the row's content depends on beyond the record itself (ids of rows it points at).</param>
    private void Sync<TRow, TWanted>(DbSet<TRow> table, List<TRow> existing, IEnumerable<TWanted> wanted, Func<TWanted, string> hashKey,
        string name, Action<TRow, TWanted> fill, Func<TWanted, TRow> create, Func<TWanted, string>? wantedKey = null)
        where TRow : SyncedEntity
    {
        var key = wantedKey ?? hashKey;
        EntitySync.Sync(table, existing, wanted, r => r.Key, key,
            w => Filled(create(w), w, hashKey, fill),
            (row, w) => row.ContentHash != Hash(w, hashKey) && Filled(row, w, hashKey, fill) is not null,
            tally, name);
    }

    private static TRow Filled<TRow, TWanted>(TRow row, TWanted wanted, Func<TWanted, string> hashKey, Action<TRow, TWanted> fill)
        where TRow : SyncedEntity
    {
        fill(row, wanted);
        row.ContentHash = Hash(wanted, hashKey);
        return row;
    }

    private static string Hash<TWanted>(TWanted wanted, Func<TWanted, string> hashKey) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(wanted) + "\n" + hashKey(wanted))));

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
