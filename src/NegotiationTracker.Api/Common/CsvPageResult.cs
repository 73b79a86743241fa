using System.Text;

namespace NegotiationTracker.Api.Common;

/// <summary>
/// A page as RFC 4180 CSV: a header row, one row per item, CRLF line ends, fields quoted when they hold
/// a comma, quote or line break (quotes doubled). UTF-8 with a byte-order mark, which spreadsheets need
/// to read "Türkiye" right; the paging links stay in the Link header.
/// </summary>
internal sealed class CsvPageResult(IPage page) : IResult
{
    public const string ContentType = "text/csv; charset=utf-8; header=present";

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var columns = CsvColumns.Of(page.ItemType);
        var text = new StringBuilder();
        AppendRow(text, columns.Select(c => c.Name));
        foreach (var item in page.ItemsUntyped) { AppendRow(text, columns.Select(c => c.Value(item))); }

        httpContext.Response.ContentType = ContentType;
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text.ToString())).ToArray();
        httpContext.Response.ContentLength = bytes.Length;
        await httpContext.Response.Body.WriteAsync(bytes, httpContext.RequestAborted);
    }

    private static void AppendRow(StringBuilder text, IEnumerable<string?> fields)
    {
        text.AppendJoin(',', fields.Select(Field)).Append("\r\n");
    }

    private static string Field(string? value) =>
        value is null ? string.Empty
        : value.AsSpan().IndexOfAny(",\"\r\n") >= 0 || value != value.Trim() ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\""
        : value;
}
