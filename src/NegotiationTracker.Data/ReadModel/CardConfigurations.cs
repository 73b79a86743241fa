using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace NegotiationTracker.Data.ReadModel;

/// <summary>Cards keep their fact's id; each is indexed on what its list sorts or filters by first.</summary>
internal static class CardMapping
{
    public static void MapCard<T>(this EntityTypeBuilder<T> builder) where T : ReadCard =>
        builder.Property(c => c.Id).ValueGeneratedNever();
}

internal sealed class CardAnswerConfiguration : IEntityTypeConfiguration<CardAnswer>
{
    public void Configure(EntityTypeBuilder<CardAnswer> builder) => builder.HasKey(a => new { a.Kind, a.Id });
}

internal sealed class CardKeyConfiguration : IEntityTypeConfiguration<CardKey>
{
    public void Configure(EntityTypeBuilder<CardKey> builder)
    {
        builder.HasKey(k => new { k.Kind, k.Key, k.CardId });
        // An import that writes some cards again deletes their keys by card.
        builder.HasIndex(k => new { k.Kind, k.CardId });
    }
}

internal sealed class CardGramConfiguration : IEntityTypeConfiguration<CardGram>
{
    public void Configure(EntityTypeBuilder<CardGram> builder)
    {
        builder.HasKey(g => new { g.Kind, g.Gram, g.CardId });
        builder.Property(g => g.Gram).HasMaxLength(CardGram.Length * 2);
        builder.HasIndex(g => new { g.Kind, g.CardId });
    }
}

internal sealed class RoundCardConfiguration : IEntityTypeConfiguration<RoundCard>
{
    public void Configure(EntityTypeBuilder<RoundCard> builder)
    {
        builder.MapCard();
        // The default order (undated last, then number and id), so a page is read in order, not sorted.
        builder.HasIndex(c => new { c.DateOrder, c.Number, c.Id });
        builder.HasIndex(c => c.VenueId);
    }
}

internal sealed class DelegationCardConfiguration : IEntityTypeConfiguration<DelegationCard>
{
    public void Configure(EntityTypeBuilder<DelegationCard> builder)
    {
        builder.MapCard();
        builder.HasIndex(c => new { c.RoundDateOrder, c.RoundId, c.Party });
        builder.HasIndex(c => c.RoundId);
    }
}

internal sealed class ParticipantCardConfiguration : IEntityTypeConfiguration<ParticipantCard>
{
    public void Configure(EntityTypeBuilder<ParticipantCard> builder)
    {
        builder.MapCard();
        builder.HasIndex(c => new { c.Name, c.Id });
    }
}

internal sealed class DemandCardConfiguration : IEntityTypeConfiguration<DemandCard>
{
    public void Configure(EntityTypeBuilder<DemandCard> builder)
    {
        builder.MapCard();
        builder.HasIndex(c => new { c.Party, c.Category, c.Id });
        builder.HasIndex(c => new { c.Category, c.Party });
        builder.HasIndex(c => c.RoundId);
    }
}

internal sealed class VenueCardConfiguration : IEntityTypeConfiguration<VenueCard>
{
    public void Configure(EntityTypeBuilder<VenueCard> builder)
    {
        builder.MapCard();
        builder.HasIndex(c => new { c.Name, c.Id });
    }
}

internal sealed class RoundMemberConfiguration : IEntityTypeConfiguration<RoundMember>
{
    public void Configure(EntityTypeBuilder<RoundMember> builder)
    {
        builder.HasIndex(m => new { m.RoundId, m.ParticipantId });
        builder.HasIndex(m => new { m.ParticipantId, m.RoundId });
    }
}
