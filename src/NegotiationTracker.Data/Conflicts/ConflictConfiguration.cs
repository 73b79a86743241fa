using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NegotiationTracker.Data.Common;

namespace NegotiationTracker.Data.Conflicts;

internal sealed class ConflictConfiguration : IEntityTypeConfiguration<Conflict>
{
    public void Configure(EntityTypeBuilder<Conflict> builder)
    {
        builder.MapSynced();
        builder.Property(c => c.Claims).AsJson();
    }
}
