using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NegotiationTracker.Data.Common;

namespace NegotiationTracker.Data.Demands;

internal sealed class DemandConfiguration : IEntityTypeConfiguration<Demand>
{
    public void Configure(EntityTypeBuilder<Demand> builder)
    {
        builder.MapSynced();
        builder.HasOne(d => d.Round).WithMany().HasForeignKey(d => d.RoundId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(d => d.Category);
    }
}
