using Microsoft.EntityFrameworkCore;
using NegotiationTracker.Data.Articles;
using NegotiationTracker.Data.Conflicts;
using NegotiationTracker.Data.Delegations;
using NegotiationTracker.Data.Demands;
using NegotiationTracker.Data.History;
using NegotiationTracker.Data.Import;
using NegotiationTracker.Data.Participants;
using NegotiationTracker.Data.Parties;
using NegotiationTracker.Data.ReadModel;
using NegotiationTracker.Data.Rounds;
using NegotiationTracker.Data.Venues;

namespace NegotiationTracker.Data;

/// <summary>The knowledge base in SQLite. Written only by the importer; read by the API.</summary>
public sealed class TrackerDbContext(DbContextOptions<TrackerDbContext> options) : DbContext(options)
{
    public DbSet<Article> Articles => Set<Article>();
    public DbSet<Party> Parties => Set<Party>();
    public DbSet<Venue> Venues => Set<Venue>();
    public DbSet<Participant> Participants => Set<Participant>();
    public DbSet<Round> Rounds => Set<Round>();
    public DbSet<Delegation> Delegations => Set<Delegation>();
    public DbSet<DelegationMember> DelegationMembers => Set<DelegationMember>();
    public DbSet<Demand> Demands => Set<Demand>();
    public DbSet<Conflict> Conflicts => Set<Conflict>();
    public DbSet<ImportState> ImportStates => Set<ImportState>();
    public DbSet<ImportRecord> ImportRecords => Set<ImportRecord>();
    public DbSet<ImportChange> ImportChanges => Set<ImportChange>();
    public DbSet<Tombstone> Tombstones => Set<Tombstone>();
    public DbSet<LexiconFileHash> LexiconFileHashes => Set<LexiconFileHash>();
    public DbSet<RoundCard> RoundCards => Set<RoundCard>();
    public DbSet<DelegationCard> DelegationCards => Set<DelegationCard>();
    public DbSet<ParticipantCard> ParticipantCards => Set<ParticipantCard>();
    public DbSet<DemandCard> DemandCards => Set<DemandCard>();
    public DbSet<VenueCard> VenueCards => Set<VenueCard>();
    public DbSet<RoundMember> RoundMembers => Set<RoundMember>();
    public DbSet<CardAnswer> CardAnswers => Set<CardAnswer>();
    public DbSet<CardKey> CardKeys => Set<CardKey>();
    public DbSet<CardGram> CardGrams => Set<CardGram>();
    public DbSet<ReadModelState> ReadModelStates => Set<ReadModelState>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(TrackerDbContext).Assembly);
}
