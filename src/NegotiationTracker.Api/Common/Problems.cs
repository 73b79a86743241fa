using Microsoft.AspNetCore.Http.HttpResults;

namespace NegotiationTracker.Api.Common;

/// <summary>The ProblemDetails answers the handlers give, worded once.</summary>
internal static class Problems
{
    public static ProblemHttpResult NotFound(string what, int id) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status404NotFound,
            title: $"{what} not found.",
            detail: $"There is no {what.ToLowerInvariant()} with id {id}.");
}
