using Microsoft.EntityFrameworkCore;

namespace NegotiationTracker.Data.ReadModel;

/// <summary>
/// Which cards an import must write again: those of the facts it wrote, and of the facts whose answers
/// embed them, found both in the facts as written now and in the cards as they were (a team that moved
/// from one round to another changes both rounds' answers). A card is written again whole, so taking a
/// few too many only costs time; taking one too few would leave a stale answer.
/// </summary>
internal static class ReadModelScope
{
    public static async Task<ReadModelSelection> AffectedAsync(TrackerDbContext db, ImportTouches touches, CancellationToken ct)
    {
        var (teams, demands, people) = (touches.Touched("delegations").ToList(), touches.Touched("demands").ToList(), touches.Touched("participants").ToList());
        var movedVenues = touches.Moved("venues").ToList();
        var movedPeople = touches.Moved("participants").ToList();

        // Rounds whose own reference (date, number, city, venue) moved: every answer that embeds them changes.
        var movedRounds = Ids(touches.Moved("rounds"));
        if (movedVenues.Count > 0)
        {
            movedRounds.UnionWith(await db.Rounds.Where(r => r.VenueId != null && movedVenues.Contains(r.VenueId.Value)).Select(r => r.Id).ToListAsync(ct));
            movedRounds.UnionWith(await db.RoundCards.Where(c => c.VenueId != null && movedVenues.Contains(c.VenueId.Value)).Select(c => c.Id).ToListAsync(ct));
        }

        var moved = movedRounds.ToList();
        var roundsOfTeams = await UnionAsync(
            db.DelegationCards.Where(c => teams.Contains(c.Id)).Select(c => c.RoundId), db.Delegations.Where(d => teams.Contains(d.Id)).Select(d => d.RoundId), teams.Count, ct);

        // Rounds: a round's answer embeds its venue, its teams (with their members' names) and its demands.
        var rounds = Ids(touches.Touched("rounds"));
        rounds.UnionWith(moved);
        rounds.UnionWith(roundsOfTeams);
        rounds.UnionWith(await UnionAsync(
            db.DemandCards.Where(c => c.RoundId != null && demands.Contains(c.Id)).Select(c => c.RoundId!.Value),
            db.Demands.Where(d => d.RoundId != null && demands.Contains(d.Id)).Select(d => d.RoundId!.Value), demands.Count, ct));
        rounds.UnionWith(await UnionAsync(
            db.RoundMembers.Where(m => movedPeople.Contains(m.ParticipantId)).Select(m => m.RoundId),
            db.Delegations.Where(d => d.Members.Any(m => movedPeople.Contains(m.ParticipantId))).Select(d => d.RoundId), movedPeople.Count, ct));

        // Teams and demands embed their round (with its venue); teams also their members' names.
        var teamCards = Ids(teams);
        if (moved.Count > 0) { teamCards.UnionWith(await db.Delegations.Where(d => moved.Contains(d.RoundId)).Select(d => d.Id).ToListAsync(ct)); }
        if (movedPeople.Count > 0) { teamCards.UnionWith(await db.DelegationMembers.Where(m => movedPeople.Contains(m.ParticipantId)).Select(m => m.DelegationId).ToListAsync(ct)); }
        var demandCards = Ids(demands);
        if (moved.Count > 0) { demandCards.UnionWith(await db.Demands.Where(d => d.RoundId != null && moved.Contains(d.RoundId.Value)).Select(d => d.Id).ToListAsync(ct)); }

        // People list their teams (party, role, title, round); their cards hold their party's keys.
        var peopleCards = Ids(people);
        var teamRounds = roundsOfTeams.Concat(moved).Distinct().ToList();
        peopleCards.UnionWith(await UnionAsync(
            db.RoundMembers.Where(m => teamRounds.Contains(m.RoundId)).Select(m => m.ParticipantId),
            db.Delegations.Where(d => teams.Contains(d.Id) || moved.Contains(d.RoundId)).SelectMany(d => d.Members).Select(m => m.ParticipantId), teamRounds.Count + teams.Count, ct));
        var partyIds = touches.Touched("parties").ToList();
        var parties = (await db.Parties.Where(p => partyIds.Contains(p.Id)).Select(p => p.Name).ToListAsync(ct)).Concat(touches.PartyKeys).Distinct().ToList();
        if (parties.Count > 0) { peopleCards.UnionWith(await db.Participants.Where(p => p.Party != null && parties.Contains(p.Party)).Select(p => p.Id).ToListAsync(ct)); }

        // Venues list their rounds.
        var venues = Ids(touches.Touched("venues"));
        venues.UnionWith(await UnionAsync(
            db.RoundCards.Where(c => c.VenueId != null && moved.Contains(c.Id)).Select(c => c.VenueId!.Value),
            db.Rounds.Where(r => r.VenueId != null && moved.Contains(r.Id)).Select(r => r.VenueId!.Value), moved.Count, ct));

        return new ReadModelSelection(rounds, teamCards, peopleCards, demandCards, venues);
    }

    private static HashSet<int> Ids(IEnumerable<int> ids) => [.. ids];

    /// <summary>Both queries' ids (as the cards were, and as the facts are now), or none without asking when there is nothing to look for.</summary>
    private static async Task<IEnumerable<int>> UnionAsync(IQueryable<int> before, IQueryable<int> now, int wanted, CancellationToken ct) =>
        wanted == 0 ? [] : (await before.ToListAsync(ct)).Concat(await now.ToListAsync(ct));
}
