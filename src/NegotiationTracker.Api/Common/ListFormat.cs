namespace NegotiationTracker.Api.Common;

/// <summary>
/// Whether a list is wanted as CSV: <c>format=csv</c>, or an Accept header that prefers
/// <c>text/csv</c> to JSON (a browser's <c>*/*</c> still gets JSON). <c>format=json</c> wins over Accept.
/// </summary>
internal static class ListFormat
{
    public const string Csv = "csv";
    public const string Json = "json";
    public const string CsvMediaType = "text/csv";

    public static bool WantsCsv(HttpRequest request)
    {
        var format = request.Query["format"].ToString();
        if (format.Length > 0) { return format.Equals(Csv, StringComparison.OrdinalIgnoreCase); }

        var accept = request.GetTypedHeaders().Accept;
        double Quality(string type) => accept.Where(a => a.MediaType.Equals(type, StringComparison.OrdinalIgnoreCase)).Select(a => a.Quality ?? 1).DefaultIfEmpty(-1).Max();
        var csv = Quality(CsvMediaType);
        return csv > 0 && csv > Quality("application/json");
    }

    /// <summary>The representation's name, so ETags and cached answers differ between JSON and CSV.</summary>
    public static string Of(HttpRequest request) => WantsCsv(request) ? Csv : Json;
}
