using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace NegotiationTracker.Data.Postgres;

/// <summary>
/// Lets `dotnet ef migrations add` build the PostgreSQL context without a server (adding a migration
/// never connects); scripts/add-migration adds each migration to both providers.
/// </summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<TrackerDbContext>
{
    public TrackerDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<TrackerDbContext>();
        PostgresDatabase.Configure(options, "Host=localhost;Database=design");
        return new TrackerDbContext(options.Options);
    }
}
