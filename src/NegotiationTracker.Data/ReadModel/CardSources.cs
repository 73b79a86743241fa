using Microsoft.EntityFrameworkCore;

namespace NegotiationTracker.Data.ReadModel;

/// <summary>Builds the cards of the selected facts (all when no selection) from their filter columns and their rendered answers.</summary>
internal static class CardSources
{
    public static async Task AddAsync(TrackerDbContext db, RenderedKnowledgeBase rendered, ReadModelSelection? only, CancellationToken ct)
    {
        var answers = rendered.Cards;
        var rows = new CardRows();
        foreach (var r in await db.Rounds.AsNoTracking().Selected(only, CardKind.Round)
            .Select(r => new { r.Id, r.Date, r.Number, r.City, r.VenueId, r.PartyKeys, VenueKeys = r.Venue == null ? null : r.Venue.SearchKeys }).ToListAsync(ct))
        {
            rows.Rounds.Add(new RoundCard { Id = r.Id, Date = r.Date, DateOrder = r.Date ?? DateOnly.MaxValue, Number = r.Number, City = r.City, VenueId = r.VenueId, PartyKeys = r.PartyKeys, VenueKeys = r.VenueKeys });
            AddAnswer(rows, CardKind.Round, r.Id, answers);
            AddKeys(rows, CardKind.Round, r.Id, r.PartyKeys);
            AddGrams(rows, CardKind.Round, r.Id, r.VenueKeys);
        }

        foreach (var d in await db.Delegations.AsNoTracking().Selected(only, CardKind.Delegation)
            .Select(d => new { d.Id, d.RoundId, RoundDate = d.Round!.Date, d.Party, d.PartyKeys, d.Role }).ToListAsync(ct))
        {
            rows.Delegations.Add(new DelegationCard { Id = d.Id, RoundId = d.RoundId, RoundDate = d.RoundDate, RoundDateOrder = d.RoundDate ?? DateOnly.MaxValue, Party = d.Party, PartyKeys = d.PartyKeys, Role = d.Role });
            AddAnswer(rows, CardKind.Delegation, d.Id, answers);
            AddKeys(rows, CardKind.Delegation, d.Id, d.PartyKeys);
        }

        foreach (var p in await db.Participants.AsNoTracking().Selected(only, CardKind.Participant)
            .Select(p => new { p.Id, p.Name, p.Party, p.SearchKeys, PartyKeys = db.Parties.Where(x => x.Name == p.Party).Select(x => x.SearchKeys).FirstOrDefault() }).ToListAsync(ct))
        {
            rows.Participants.Add(new ParticipantCard { Id = p.Id, Name = p.Name, Party = p.Party, SearchKeys = p.SearchKeys, PartyKeys = p.PartyKeys });
            AddAnswer(rows, CardKind.Participant, p.Id, answers);
            AddKeys(rows, CardKind.Participant, p.Id, p.PartyKeys);
            AddGrams(rows, CardKind.Participant, p.Id, p.SearchKeys);
        }

        foreach (var d in await db.Demands.AsNoTracking().Selected(only, CardKind.Demand)
            .Select(d => new { d.Id, d.Party, d.PartyKeys, d.Category, d.RoundId, RoundDate = d.Round == null ? null : d.Round.Date }).ToListAsync(ct))
        {
            rows.Demands.Add(new DemandCard { Id = d.Id, Party = d.Party, PartyKeys = d.PartyKeys, Category = d.Category, RoundId = d.RoundId, RoundDate = d.RoundDate });
            AddAnswer(rows, CardKind.Demand, d.Id, answers);
            AddKeys(rows, CardKind.Demand, d.Id, d.PartyKeys);
        }

        foreach (var v in await db.Venues.AsNoTracking().Selected(only, CardKind.Venue).Select(v => new { v.Id, v.Name, v.City, v.Country }).ToListAsync(ct))
        {
            rows.Venues.Add(new VenueCard { Id = v.Id, Name = v.Name, City = v.City, Country = v.Country });
            AddAnswer(rows, CardKind.Venue, v.Id, answers);
        }

        // People per round, for the selected rounds: their teams' members as written now.
        var teams = db.Delegations.AsNoTracking();
        if (only is not null) { var rounds = only.Rounds.ToList(); teams = teams.Where(d => rounds.Contains(d.RoundId)); }
        rows.Members.AddRange(await teams.SelectMany(d => d.Members, (d, m) => new RoundMember
        {
            RoundId = d.RoundId, ParticipantId = m.ParticipantId, IsHead = m.IsHead, SearchKeys = m.Participant!.SearchKeys,
        }).ToListAsync(ct));
        await rows.InsertAsync(db, ct);
    }

    /// <summary>Each key of <c>|a|b|</c> once.</summary>
    private static void AddKeys(CardRows rows, CardKind kind, int id, string? keys)
    {
        foreach (var key in (keys ?? string.Empty).Split('|', StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal))
        {
            rows.Keys.Add(new CardKey { Kind = kind, Key = key, CardId = id });
        }
    }

    private static void AddGrams(CardRows rows, CardKind kind, int id, string? keys)
    {
        foreach (var gram in CardGram.Of(keys)) { rows.Grams.Add(new CardGram { Kind = kind, Gram = gram, CardId = id }); }
    }

    /// <summary>The single item's bytes are stored only where they differ from the list item's (a reader falls back to those).</summary>
    private static void AddAnswer(CardRows rows, CardKind kind, int id, IReadOnlyDictionary<CardKind, IReadOnlyDictionary<int, RenderedCard>> answers)
    {
        var (item, detail) = answers[kind][id];
        rows.Answers.Add(new CardAnswer
        {
            Kind = kind, Id = id, None = item.None, Count = item.Count, Full = item.Full,
            DetailNone = Unless(detail.None, item.None), DetailCount = Unless(detail.Count, item.Count), DetailFull = Unless(detail.Full, item.Full),
        });
    }

    private static byte[]? Unless(byte[] single, byte[] item) => single.AsSpan().SequenceEqual(item) ? null : single;
}
