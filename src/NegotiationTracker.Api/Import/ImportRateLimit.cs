using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using NegotiationTracker.Api.Setup;

namespace NegotiationTracker.Api.Import;

/// <summary>An import rewrites the knowledge base; a few a minute is plenty, more is a mistake or abuse.</summary>
internal static class ImportRateLimit
{
    public const string Policy = "import";

    public static IServiceCollection AddImportRateLimit(this IServiceCollection services) => services.AddRateLimiter(options =>
    {
        options.AddPolicy(Policy, context => RateLimitPartition.GetFixedWindowLimiter(Policy, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = context.RequestServices.GetRequiredService<IOptions<ImportOptions>>().Value.PermitsPerMinute,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        }));
        options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        options.OnRejected = async (context, ct) =>
        {
            var problems = context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>();
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context.HttpContext,
                ProblemDetails = { Status = StatusCodes.Status429TooManyRequests, Title = "Too many imports.", Detail = "Wait a minute before importing again." },
            });
        };
    });
}
