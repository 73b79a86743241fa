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

    /// <summary>
    /// Records a finished import inside its transaction. The version is raised in SQL
    /// (<c>Version = Version + 1</c>), so two imports from two processes cannot both write the same number.
    /// </summary>
    internal static async Task RecordAsync(TrackerDbContext db, string seedsHash, bool changed, DateTimeOffset now, CancellationToken ct)
    {
        var step = changed ? 1 : 0;
        var updated = await db.ImportStates.ExecuteUpdateAsync(s => s
            .SetProperty(x => x.SeedsHash, seedsHash).SetProperty(x => x.CompletedAt, now).SetProperty(x => x.Version, x => x.Version + step), ct);
        if (updated == 0)
        {
            db.ImportStates.Add(new ImportState { SeedsHash = seedsHash, CompletedAt = now, Version = 1 });
            await db.SaveChangesAsync(ct);
        }
    }
}

internal sealed class ImportStateConfiguration : IEntityTypeConfiguration<ImportState>
{
    public void Configure(EntityTypeBuilder<ImportState> builder) =>
        builder.Property(s => s.CompletedAt).HasConversion(v => v.UtcTicks, v => new DateTimeOffset(v, TimeSpan.Zero));
}
