using Microsoft.EntityFrameworkCore;

namespace NegotiationTracker.Data.Import;

/// <summary>
/// Brings one table in line with what the import wants, matching rows on a natural key so that
/// an entity that still exists keeps its id (a client's link to it stays valid).
/// </summary>
public static class EntitySync
{
    /// <param name="apply">Copies the wanted values onto the row; returns whether anything changed.</param>
    public static void Sync<TEntity, TWanted>(
        DbSet<TEntity> table,
        IEnumerable<TEntity> existing,
        IEnumerable<TWanted> wanted,
        Func<TEntity, string> entityKey,
        Func<TWanted, string> wantedKey,
        Func<TWanted, TEntity> create,
        Func<TEntity, TWanted, bool> apply,
        ChangeTally tally,
        string entityName)
        where TEntity : class
    {
        var byKey = existing.ToDictionary(entityKey, StringComparer.Ordinal);
        foreach (var item in wanted)
        {
            if (byKey.Remove(wantedKey(item), out var row))
            {
                if (apply(row, item)) { tally.Updated(entityName); } else { tally.Unchanged(entityName); }
            }
            else
            {
                table.Add(create(item));
                tally.Added(entityName);
            }
        }

        foreach (var gone in byKey.Values)
        {
            table.Remove(gone);
            tally.Removed(entityName);
        }
    }
}
