using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NegotiationTracker.Data.Common;

namespace NegotiationTracker.Data.Rounds;

internal sealed class RoundConfiguration : IEntityTypeConfiguration<Round>
{
    public void Configure(EntityTypeBuilder<Round> builder)
    {
        builder.MapSynced();
        builder.Property(r => r.Outcomes).AsJson();
        builder.Property(r => r.DatePrecision).HasMaxLength(16);
        builder.HasOne(r => r.Venue).WithMany().HasForeignKey(r => r.VenueId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(r => r.Date);
    }
}
