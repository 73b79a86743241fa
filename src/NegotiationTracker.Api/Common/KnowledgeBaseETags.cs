using Microsoft.Net.Http.Headers;

namespace NegotiationTracker.Api.Common;

/// <summary>
/// The knowledge base changes only on import, so every GET under /api carries an ETag made of the
/// import version, and a client that sends it back in If-None-Match gets 304 without a body.
/// </summary>
internal static class KnowledgeBaseETags
{
    public static IApplicationBuilder UseKnowledgeBaseETags(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (!HttpMethods.IsGet(context.Request.Method) || !context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            await next(context);
            return;
        }

        var version = await context.RequestServices.GetRequiredService<KnowledgeBaseVersion>().GetAsync(context.RequestAborted);
        // JSON and CSV are two representations of one list: each has its own tag, and caches must vary on Accept.
        var etag = new EntityTagHeaderValue($"\"kb-{version}-{ListFormat.Of(context.Request)}\"", isWeak: true);
        if (context.Request.GetTypedHeaders().IfNoneMatch.Any(t => t.Compare(etag, useStrongComparison: false)))
        {
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            context.Response.Headers.ETag = etag.ToString();
            return;
        }

        context.Response.OnStarting(() =>
        {
            if (context.Response.StatusCode == StatusCodes.Status200OK) { context.Response.Headers.ETag = etag.ToString(); }
            // Appended, not set: response compression adds Accept-Encoding to the same header.
            context.Response.Headers.Append(HeaderNames.Vary, "Accept");
            return Task.CompletedTask;
        });
        await next(context);
    });
}
