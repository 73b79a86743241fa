using FluentValidation;

namespace NegotiationTracker.Api.Common;

/// <summary>
/// Runs the registered validator of the handler's <typeparamref name="T"/> argument and answers
/// 400 ProblemDetails naming each bad parameter before the handler runs.
/// </summary>
internal sealed class ValidationFilter<T>(IValidator<T> validator) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (context.Arguments.OfType<T>().FirstOrDefault() is { } argument)
        {
            var result = await validator.ValidateAsync(argument, context.HttpContext.RequestAborted);
            if (!result.IsValid)
            {
                return TypedResults.ValidationProblem(
                    result.ToDictionary(),
                    title: "One or more query parameters are invalid.",
                    type: "https://tools.ietf.org/html/rfc9110#section-15.5.1");
            }
        }

        return await next(context);
    }
}

internal static class ValidationFilterExtensions
{
    /// <summary>Validates the <typeparamref name="T"/> argument with its FluentValidation validator.</summary>
    public static RouteHandlerBuilder WithValidation<T>(this RouteHandlerBuilder builder) =>
        builder.AddEndpointFilter<ValidationFilter<T>>().ProducesValidationProblem();
}
