using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NegotiationTracker.Data.Common;

namespace NegotiationTracker.Data.History;

internal sealed class ImportRecordConfiguration : IEntityTypeConfiguration<ImportRecord>
{
    public void Configure(EntityTypeBuilder<ImportRecord> builder)
    {
        builder.ToTable("Imports");
        builder.Property(i => i.StartedAt).AsUtcTicks();
        builder.Property(i => i.CompletedAt).AsUtcTicks();
        builder.Property(i => i.Trigger).HasConversion<string>().HasMaxLength(16);
        builder.Property(i => i.Files).AsJson();
        builder.Property(i => i.Counts).AsJson();
        builder.HasMany(i => i.Changes).WithOne().HasForeignKey(c => c.ImportId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ImportChangeConfiguration : IEntityTypeConfiguration<ImportChange>
{
    public void Configure(EntityTypeBuilder<ImportChange> builder)
    {
        builder.Property(c => c.Entity).HasMaxLength(32);
        builder.Property(c => c.Kind).HasMaxLength(16);
        builder.Property(c => c.Key).HasMaxLength(400);
        builder.Property(c => c.Field).HasMaxLength(64);
        builder.HasIndex(c => new { c.Entity, c.EntityId });
    }
}

internal sealed class TombstoneConfiguration : IEntityTypeConfiguration<Tombstone>
{
    public void Configure(EntityTypeBuilder<Tombstone> builder)
    {
        builder.Property(t => t.Entity).HasMaxLength(32);
        builder.Property(t => t.Key).HasMaxLength(400);
        builder.Property(t => t.RemovedAt).AsUtcTicks();
        builder.HasIndex(t => new { t.Entity, t.Key }).IsUnique();
        builder.HasIndex(t => new { t.Entity, t.EntityId });
    }
}

internal sealed class LexiconFileHashConfiguration : IEntityTypeConfiguration<LexiconFileHash>
{
    public void Configure(EntityTypeBuilder<LexiconFileHash> builder)
    {
        builder.HasKey(h => h.File);
        builder.Property(h => h.File).HasMaxLength(400);
        builder.Property(h => h.Sha256).HasMaxLength(64);
    }
}

internal static class UtcTicksMapping
{
    /// <summary>Times as UTC ticks: sortable and comparable in SQL on every provider (SQLite cannot order a DateTimeOffset).</summary>
    public static PropertyBuilder<DateTimeOffset> AsUtcTicks(this PropertyBuilder<DateTimeOffset> property) =>
        property.HasConversion(v => v.UtcTicks, v => new DateTimeOffset(v, TimeSpan.Zero));
}
