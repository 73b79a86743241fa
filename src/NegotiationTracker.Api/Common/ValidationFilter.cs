using FluentValidation;

namespace NegotiationTracker.Api.Common;

/// <summary>
/// Refuses query parameters <typeparamref name="T"/> does not bind, then runs its registered validator,
/// answering 400 ProblemDetails naming each unknown or bad parameter before the handler runs.
/// </summary>
internal sealed class ValidationFilter<T>(IValidator<T> validator) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (KnownQueryNames<T>.Unknown(context.HttpContext.Request.Query) is { Count: > 0 } unknown)
        {
            return TypedResults.ValidationProblem(unknown, title: "Unknown query parameters.", type: "https://tools.ietf.org/html/rfc9110#section-15.5.1");
        }

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
    public static RouteHandlerBuilder WithValidation<T>(this RouteHandlerBuilder builder)
    {
        builder.AddEndpointFilter<ValidationFilter<T>>().ProducesValidationProblem();
        // A list answers with links to its neighbour pages, and as CSV when asked.
        return typeof(PageQuery).IsAssignableFrom(typeof(T)) ? builder.AddEndpointFilter<PageAnswerFilter>().WithMetadata(new AnswersCsv()) : builder;
    }
}
