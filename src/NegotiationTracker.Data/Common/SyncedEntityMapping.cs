using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace NegotiationTracker.Data.Common;

internal static class SyncedEntityMapping
{
    /// <summary>The columns every imported entity shares: a unique natural key and the evidence as JSON.</summary>
    public static void MapSynced<T>(this EntityTypeBuilder<T> builder) where T : SyncedEntity
    {
        builder.HasIndex(e => e.Key).IsUnique();
        builder.Property(e => e.Key).HasMaxLength(400);
        builder.Property(e => e.ContentHash).HasMaxLength(64);
        builder.Property(e => e.Evidence).AsJson();
    }
}
