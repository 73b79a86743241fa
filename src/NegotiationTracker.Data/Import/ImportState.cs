using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace NegotiationTracker.Data.Import;

/// <summary>
/// The single row that says what the last good import read. <see cref="Version"/> grows with every
/// import that changed something; the API derives its ETags from it.
/// </summary>
public sealed class ImportState
{
    public int Id { get; set; }
    public int Version { get; set; }
    public required string SeedsHash { get; set; }
    public DateTimeOffset CompletedAt { get; set; }
}

internal sealed class ImportStateConfiguration : IEntityTypeConfiguration<ImportState>
{
    public void Configure(EntityTypeBuilder<ImportState> builder) =>
        builder.Property(s => s.CompletedAt).HasConversion(v => v.UtcTicks, v => new DateTimeOffset(v, TimeSpan.Zero));
}
