using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NegotiationTracker.Data.Common;

namespace NegotiationTracker.Data.Delegations;

internal sealed class DelegationConfiguration : IEntityTypeConfiguration<Delegation>
{
    public void Configure(EntityTypeBuilder<Delegation> builder)
    {
        builder.MapSynced();
        builder.HasOne(d => d.Round).WithMany().HasForeignKey(d => d.RoundId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(d => d.Head).WithMany().HasForeignKey(d => d.HeadId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(d => d.Members).WithOne().HasForeignKey(m => m.DelegationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class DelegationMemberConfiguration : IEntityTypeConfiguration<DelegationMember>
{
    public void Configure(EntityTypeBuilder<DelegationMember> builder)
    {
        builder.HasOne(m => m.Participant).WithMany().HasForeignKey(m => m.ParticipantId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => new { m.ParticipantId, m.DelegationId });
    }
}
