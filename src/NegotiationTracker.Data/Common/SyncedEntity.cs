namespace NegotiationTracker.Data.Common;

/// <summary>
/// What every imported entity has: a natural key that survives re-imports (so the id stays the
/// same), the hash of its content (so an unchanged entity is not written), and the files it was
/// read from, as <c>|a.txt|b.txt|</c> (so an article can list its facts with one LIKE), and the
/// imports that first created it and last changed it (ids in the import history; no foreign key,
/// since the history drops old imports).
/// </summary>
public abstract class SyncedEntity
{
    public int Id { get; set; }
    public required string Key { get; set; }
    public string ContentHash { get; set; } = string.Empty;
    public string Sources { get; set; } = "|";
    public List<EvidenceRecord> Evidence { get; set; } = [];
    public int? CreatedByImportId { get; set; }
    public int? ChangedByImportId { get; set; }
}
