using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;

namespace NegotiationTracker.Api.ReadModel;

/// <summary>
/// 200 with an answer the import already rendered as JSON: written as it is, no objects built. To
/// OpenAPI it is the same as <c>Ok&lt;T&gt;</c>: a 200 of <typeparamref name="T"/> as application/json.
/// </summary>
internal sealed class JsonAnswer<T>(byte[] utf8) : IResult, IStatusCodeHttpResult, IContentTypeHttpResult, IEndpointMetadataProvider
{
    public int? StatusCode => StatusCodes.Status200OK;

    public string ContentType => "application/json; charset=utf-8";

    public Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = StatusCodes.Status200OK;
        httpContext.Response.ContentType = ContentType;
        httpContext.Response.ContentLength = utf8.Length;
        return httpContext.Response.Body.WriteAsync(utf8, httpContext.RequestAborted).AsTask();
    }

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(T), ["application/json"]));
}
