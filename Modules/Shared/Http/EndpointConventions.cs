using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using OrganAffairs.Shared.Errors;

namespace OrganAffairs.Shared.Http;

/// <summary>Declares the problem answers an operation can give, so the contract lists every status.</summary>
public static class EndpointConventions
{
    public const string ProblemJson = "application/problem+json";

    public static RouteHandlerBuilder Problems(this RouteHandlerBuilder builder, params int[] statuses)
    {
        // Every operation can meet an unexpected error, an unavailable database or the request timeout.
        foreach (var status in statuses.Concat([StatusCodes.Status500InternalServerError, StatusCodes.Status503ServiceUnavailable, StatusCodes.Status504GatewayTimeout]).Distinct())
        {
            builder.Produces<ProblemBody>(status, ProblemJson);
        }
        return builder;
    }

    /// <summary>A create: 400, 409, 413, 415, 422 (also Idempotency-Key reuse) and the Idempotency-Key header.</summary>
    public static RouteHandlerBuilder CreateProblems(this RouteHandlerBuilder builder, params int[] more) =>
        builder.Idempotent().Problems([400, 409, 413, 415, 422, .. more]);

    /// <summary>An update with If-Match: 400, 404, 409, 412, 413, 415, 428.</summary>
    public static RouteHandlerBuilder UpdateProblems(this RouteHandlerBuilder builder, params int[] more) =>
        builder.Problems([400, 404, 409, 412, 413, 415, 428, .. more]);

    /// <summary>
    /// Declares that a <paramref name="status"/> problem of this operation may carry <paramref name="member"/> of type
    /// <typeparamref name="T"/> beside the problem's own members (an RFC 9457 extension, <c>ProblemException.Extensions</c>);
    /// the document gives that answer a schema of its own, <paramref name="schemaId"/>. The member is optional there: other
    /// codes share the status (an Idempotency-Key still running is 409 too).
    /// </summary>
    public static RouteHandlerBuilder ProblemExtension<T>(this RouteHandlerBuilder builder, int status, string member, string schemaId, string description) =>
        builder.WithMetadata(new ProblemExtensionMetadata(status, member, typeof(T), schemaId, description));
}

/// <summary>A member a problem of an operation may carry beyond <see cref="ProblemBody"/>'s; read by the document.</summary>
public sealed record ProblemExtensionMetadata(int Status, string Member, Type Type, string SchemaId, string Description);

/// <summary>A tag of the API document with its description; modules register theirs.</summary>
public sealed record ApiTag(string Name, string Description);

public static class ApiTagRegistration
{
    public static Microsoft.Extensions.DependencyInjection.IServiceCollection AddApiTag(
        this Microsoft.Extensions.DependencyInjection.IServiceCollection services, string name, string description) =>
        Microsoft.Extensions.DependencyInjection.ServiceCollectionServiceExtensions.AddSingleton(services, new ApiTag(name, description));
}
