using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace NegotiationTracker.Data.Articles;

internal sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> builder)
    {
        builder.HasIndex(a => a.File).IsUnique();
        builder.Property(a => a.File).HasMaxLength(260);
        builder.Property(a => a.Sha256).HasMaxLength(64);
        // SQLite cannot order DateTimeOffset natively; store the UTC ticks so ordering works in SQL.
        builder.Property(a => a.ImportedAt).HasConversion(v => v.UtcTicks, v => new DateTimeOffset(v, TimeSpan.Zero));
    }
}
