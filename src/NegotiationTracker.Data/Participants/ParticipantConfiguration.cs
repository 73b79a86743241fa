using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NegotiationTracker.Data.Common;

namespace NegotiationTracker.Data.Participants;

internal sealed class ParticipantConfiguration : IEntityTypeConfiguration<Participant>
{
    public void Configure(EntityTypeBuilder<Participant> builder)
    {
        builder.MapSynced();
        builder.Property(p => p.Titles).AsJson();
        builder.HasIndex(p => p.Name);
    }
}
