namespace NegotiationTracker.Data.Import;

/// <summary>Where an import is: a phase just finished and how many things it handled.</summary>
public sealed record ImportProgress(string Phase, int Count)
{
    public const string FilesRead = "files read";
    public const string ArticlesExtracted = "articles extracted";
    public const string RowsWritten = "rows written";
}
