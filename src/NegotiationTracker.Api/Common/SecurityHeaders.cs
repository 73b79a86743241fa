namespace NegotiationTracker.Api.Common;

/// <summary>
/// The usual hardening headers on every answer, errors and cached answers included: set when the
/// response starts, because the exception handler clears headers set earlier.
/// </summary>
internal static class SecurityHeaders
{
    // Swagger UI runs its own scripts and styles, so its pages only forbid framing; the API's JSON loads nothing at all.
    private const string SwaggerPolicy = "frame-ancestors 'none'";
    private const string ApiPolicy = "default-src 'none'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/swagger", StringComparison.OrdinalIgnoreCase) ? SwaggerPolicy : ApiPolicy;
            headers["Referrer-Policy"] = "no-referrer";
            return Task.CompletedTask;
        });
        await next(context);
    });
}
