using NegotiationTracker.Data.Common;

namespace NegotiationTracker.Data.ReadModel;

/// <summary>
/// The read-model rows one import writes, gathered and then inserted in bulk: a first import writes tens of
/// thousands of cards, answers, keys and name pieces, and nothing in the import reads them back.
/// </summary>
internal sealed class CardRows
{
    public List<RoundCard> Rounds { get; } = [];
    public List<DelegationCard> Delegations { get; } = [];
    public List<ParticipantCard> Participants { get; } = [];
    public List<DemandCard> Demands { get; } = [];
    public List<VenueCard> Venues { get; } = [];
    public List<CardAnswer> Answers { get; } = [];
    public List<CardKey> Keys { get; } = [];
    public List<CardGram> Grams { get; } = [];
    public List<RoundMember> Members { get; } = [];

    public async Task InsertAsync(TrackerDbContext db, CancellationToken ct)
    {
        await BulkInserter.InsertAsync(db, Rounds, ct);
        await BulkInserter.InsertAsync(db, Delegations, ct);
        await BulkInserter.InsertAsync(db, Participants, ct);
        await BulkInserter.InsertAsync(db, Demands, ct);
        await BulkInserter.InsertAsync(db, Venues, ct);
        await BulkInserter.InsertAsync(db, Answers, ct);
        await BulkInserter.InsertAsync(db, Keys, ct);
        await BulkInserter.InsertAsync(db, Grams, ct);
        await BulkInserter.InsertAsync(db, Members, ct);
    }
}
