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

    // The timeline page (wwwroot) loads only its own files and talks only to this API: no inline script or style,
    // so an injected article text could never run. SVG marks are drawn with attributes, not style strings.
    private const string PagePolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
        + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers.ContentSecurityPolicy = PolicyFor(context.Request.Path);
            headers["Referrer-Policy"] = "no-referrer";
            return Task.CompletedTask;
        });
        await next(context);
    });

    private static string PolicyFor(PathString path) =>
        path.StartsWithSegments("/swagger", StringComparison.OrdinalIgnoreCase) ? SwaggerPolicy
        : path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) || path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase) ? ApiPolicy
        : PagePolicy;
}
