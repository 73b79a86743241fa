using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.WebUtilities;

namespace NegotiationTracker.Api.Common;

/// <summary>Endpoint metadata: this list also answers CSV (the OpenAPI document says so).</summary>
internal sealed class AnswersCsv;

/// <summary>
/// Finishes a list's answer: links to the first, previous, next and last pages in the body and in an
/// RFC 8288 <c>Link</c> header, and the page as CSV when the client asked for it.
/// </summary>
internal sealed class PageAnswerFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var result = await next(context);
        // A handler that may also answer 404 returns Results<Ok<…>, …>: look inside it.
        var answer = result is INestedHttpResult nested ? nested.Result : result;
        if (answer is not IValueHttpResult { Value: IPage page }) { return result; }

        var request = context.HttpContext.Request;
        var links = Links(request, page);
        context.HttpContext.Response.Headers.Link = string.Join(", ",
            new[] { ("first", links.First), ("prev", links.Prev), ("next", links.Next), ("last", links.Last) }
                .Where(l => l.Item2 is not null).Select(l => $"<{l.Item2}>; rel=\"{l.Item1}\""));
        return ListFormat.WantsCsv(request) ? new CsvPageResult(page) : TypedResults.Ok(page.WithLinks(links));
    }

    /// <summary>Absolute paths (no host: nothing taken from a Host header a client can forge), same query, another page.</summary>
    private static PageLinks Links(HttpRequest request, IPage page)
    {
        var last = Math.Max(1, (int)Math.Ceiling(page.Total / (double)page.PageSize));
        var query = QueryHelpers.ParseQuery(request.QueryString.Value);
        string To(int number)
        {
            var builder = new QueryBuilder();
            foreach (var (key, values) in query.Where(q => !q.Key.Equals("page", StringComparison.OrdinalIgnoreCase)))
            {
                foreach (var value in values) { builder.Add(key, value ?? string.Empty); }
            }

            builder.Add("page", number.ToString(System.Globalization.CultureInfo.InvariantCulture));
            return $"{request.PathBase}{request.Path}{builder.ToQueryString()}";
        }

        return new PageLinks(To(1), page.Page > 1 ? To(Math.Min(page.Page - 1, last)) : null, page.Page < last ? To(page.Page + 1) : null, To(last));
    }
}
