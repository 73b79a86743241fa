using Microsoft.AspNetCore.Diagnostics;

namespace NegotiationTracker.Api.Common;

/// <summary>
/// The one place unexpected failures become ProblemDetails. A request the framework could not bind
/// (a non-number for a number, say) is the client's mistake: 400 naming the parameter. Anything else
/// is ours: 500 with no stack trace, logged.
/// </summary>
internal sealed class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (status, title, detail) = exception switch
        {
            BadHttpRequestException bad => (bad.StatusCode, "The request is invalid.", bad.Message),
            OperationCanceledException when httpContext.RequestAborted.IsCancellationRequested => (499, "The client closed the request.", null),
            _ => (StatusCodes.Status500InternalServerError, "An unexpected error occurred.", null),
        };
        if (status >= 500)
        {
            logger.LogError(exception, "Unhandled exception for {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
        }

        httpContext.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
        });
    }
}
