using Microsoft.EntityFrameworkCore;

namespace NegotiationTracker.Data.ReadModel;

/// <summary>Builds each card from its fact's filter columns and its rendered answers.</summary>
internal static class CardSources
{
    public static async Task AddAllAsync(TrackerDbContext db, RenderedKnowledgeBase answers, CancellationToken ct)
    {
        var venueKeys = await db.Venues.AsNoTracking().ToDictionaryAsync(v => v.Id, v => v.SearchKeys, ct);
        foreach (var r in await db.Rounds.AsNoTracking().Select(r => new { r.Id, r.Date, r.Number, r.City, r.VenueId, r.PartyKeys }).ToListAsync(ct))
        {
            db.RoundCards.Add(new RoundCard
            {
                Id = r.Id, Date = r.Date, Number = r.Number, City = r.City, VenueId = r.VenueId, PartyKeys = r.PartyKeys,
                VenueKeys = r.VenueId is { } venue ? venueKeys.GetValueOrDefault(venue) : null,
            });
            db.CardAnswers.Add(Answer(CardKind.Round, r.Id, answers.Rounds[r.Id], answers.RoundDetails[r.Id]));
            AddKeys(db, CardKind.Round, r.Id, r.PartyKeys);
        }

        foreach (var d in await db.Delegations.AsNoTracking().Select(d => new { d.Id, d.RoundId, RoundDate = d.Round!.Date, d.Party, d.PartyKeys, d.Role }).ToListAsync(ct))
        {
            db.DelegationCards.Add(new DelegationCard { Id = d.Id, RoundId = d.RoundId, RoundDate = d.RoundDate, Party = d.Party, PartyKeys = d.PartyKeys, Role = d.Role });
            db.CardAnswers.Add(Answer(CardKind.Delegation, d.Id, answers.Delegations[d.Id]));
            AddKeys(db, CardKind.Delegation, d.Id, d.PartyKeys);
        }

        var people = await db.Participants.AsNoTracking()
            .Select(p => new { p.Id, p.Name, p.Party, p.SearchKeys, PartyKeys = db.Parties.Where(x => x.Name == p.Party).Select(x => x.SearchKeys).FirstOrDefault() }).ToListAsync(ct);
        foreach (var p in people)
        {
            db.ParticipantCards.Add(new ParticipantCard { Id = p.Id, Name = p.Name, Party = p.Party, SearchKeys = p.SearchKeys, PartyKeys = p.PartyKeys });
            db.CardAnswers.Add(Answer(CardKind.Participant, p.Id, answers.Participants[p.Id], answers.ParticipantDetails[p.Id]));
            AddKeys(db, CardKind.Participant, p.Id, p.PartyKeys);
        }

        foreach (var d in await db.Demands.AsNoTracking().Select(d => new { d.Id, d.Party, d.PartyKeys, d.Category, d.RoundId, RoundDate = d.Round == null ? null : d.Round.Date }).ToListAsync(ct))
        {
            db.DemandCards.Add(new DemandCard { Id = d.Id, Party = d.Party, PartyKeys = d.PartyKeys, Category = d.Category, RoundId = d.RoundId, RoundDate = d.RoundDate });
            db.CardAnswers.Add(Answer(CardKind.Demand, d.Id, answers.Demands[d.Id]));
            AddKeys(db, CardKind.Demand, d.Id, d.PartyKeys);
        }

        foreach (var v in await db.Venues.AsNoTracking().Select(v => new { v.Id, v.Name, v.City, v.Country }).ToListAsync(ct))
        {
            db.VenueCards.Add(new VenueCard { Id = v.Id, Name = v.Name, City = v.City, Country = v.Country });
            db.CardAnswers.Add(Answer(CardKind.Venue, v.Id, answers.Venues[v.Id]));
        }

        db.RoundMembers.AddRange(await db.DelegationMembers.AsNoTracking()
            .Join(db.Delegations, m => m.DelegationId, d => d.Id, (m, d) => new RoundMember { RoundId = d.RoundId, ParticipantId = m.ParticipantId, IsHead = m.IsHead, SearchKeys = m.Participant!.SearchKeys })
            .ToListAsync(ct));
    }

    /// <summary>Each key of <c>|a|b|</c> once.</summary>
    private static void AddKeys(TrackerDbContext db, CardKind kind, int id, string? keys)
    {
        foreach (var key in (keys ?? string.Empty).Split('|', StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal))
        {
            db.CardKeys.Add(new CardKey { Kind = kind, Key = key, CardId = id });
        }
    }

    private static CardAnswer Answer(CardKind kind, int id, RenderedAnswer item, RenderedAnswer? detail = null) => new()
    {
        Kind = kind, Id = id, None = item.None, Count = item.Count, Full = item.Full,
        DetailNone = detail?.None, DetailCount = detail?.Count, DetailFull = detail?.Full,
    };
}
