using Microsoft.EntityFrameworkCore;
using NegotiationTracker.Data.Articles;

namespace NegotiationTracker.Data;

/// <summary>The knowledge base in SQLite. Written only by the importer; read by the API.</summary>
public sealed class TrackerDbContext(DbContextOptions<TrackerDbContext> options) : DbContext(options)
{
    public DbSet<Article> Articles => Set<Article>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(TrackerDbContext).Assembly);
}
