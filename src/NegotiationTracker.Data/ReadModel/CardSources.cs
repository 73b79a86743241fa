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
            db.RoundCards.Add(Detailed(new RoundCard
            {
                Id = r.Id, Date = r.Date, Number = r.Number, City = r.City, VenueId = r.VenueId, PartyKeys = r.PartyKeys,
                VenueKeys = r.VenueId is { } venue ? venueKeys.GetValueOrDefault(venue) : null,
            }, answers.Rounds[r.Id], answers.RoundDetails[r.Id]));
        }

        foreach (var d in await db.Delegations.AsNoTracking().Select(d => new { d.Id, d.RoundId, RoundDate = d.Round!.Date, d.Party, d.PartyKeys, d.Role }).ToListAsync(ct))
        {
            db.DelegationCards.Add(Filled(new DelegationCard { Id = d.Id, RoundId = d.RoundId, RoundDate = d.RoundDate, Party = d.Party, PartyKeys = d.PartyKeys, Role = d.Role }, answers.Delegations[d.Id]));
        }

        var people = await db.Participants.AsNoTracking()
            .Select(p => new { p.Id, p.Name, p.Party, p.SearchKeys, PartyKeys = db.Parties.Where(x => x.Name == p.Party).Select(x => x.SearchKeys).FirstOrDefault() }).ToListAsync(ct);
        foreach (var p in people)
        {
            db.ParticipantCards.Add(Detailed(new ParticipantCard { Id = p.Id, Name = p.Name, Party = p.Party, SearchKeys = p.SearchKeys, PartyKeys = p.PartyKeys },
                answers.Participants[p.Id], answers.ParticipantDetails[p.Id]));
        }

        foreach (var d in await db.Demands.AsNoTracking().Select(d => new { d.Id, d.Party, d.PartyKeys, d.Category, d.RoundId, RoundDate = d.Round == null ? null : d.Round.Date }).ToListAsync(ct))
        {
            db.DemandCards.Add(Filled(new DemandCard { Id = d.Id, Party = d.Party, PartyKeys = d.PartyKeys, Category = d.Category, RoundId = d.RoundId, RoundDate = d.RoundDate }, answers.Demands[d.Id]));
        }

        foreach (var v in await db.Venues.AsNoTracking().Select(v => new { v.Id, v.Name, v.City, v.Country }).ToListAsync(ct))
        {
            db.VenueCards.Add(Filled(new VenueCard { Id = v.Id, Name = v.Name, City = v.City, Country = v.Country }, answers.Venues[v.Id]));
        }

        db.RoundMembers.AddRange(await db.DelegationMembers.AsNoTracking()
            .Join(db.Delegations, m => m.DelegationId, d => d.Id, (m, d) => new RoundMember { RoundId = d.RoundId, ParticipantId = m.ParticipantId, IsHead = m.IsHead, SearchKeys = m.Participant!.SearchKeys })
            .ToListAsync(ct));
    }

    private static T Filled<T>(T card, RenderedAnswer answer) where T : ReadCard
    {
        (card.None, card.Count, card.Full) = (answer.None, answer.Count, answer.Full);
        return card;
    }

    private static T Detailed<T>(T card, RenderedAnswer list, RenderedAnswer detail) where T : DetailedReadCard
    {
        (card.DetailNone, card.DetailCount, card.DetailFull) = (detail.None, detail.Count, detail.Full);
        return Filled(card, list);
    }
}
