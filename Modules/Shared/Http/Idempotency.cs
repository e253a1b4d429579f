using System.Security.Cryptography;
using Dapper;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Shared.Http;

/// <summary>Endpoint metadata: this create accepts an Idempotency-Key.</summary>
public sealed class IdempotentAttribute : Attribute;

public static class IdempotencyExtensions
{
    public const string Header = "Idempotency-Key";

    public static RouteHandlerBuilder Idempotent(this RouteHandlerBuilder builder) =>
        builder.WithMetadata(new IdempotentAttribute());
}

/// <summary>
/// Idempotency-Key on creates, scoped to principal and route: the same key and body replays the
/// first response; another body → 422; while the first is still running → 409; keys expire after
/// 24 h. A 5xx answer is not kept, so the client can retry with the same key.
/// </summary>
public sealed class IdempotencyMiddleware(RequestDelegate next, ConnectionFactory connections, TimeProvider clock)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    // Longer than the request timeout: a key still "running" after this belongs to a request that died.
    private static readonly TimeSpan Abandoned = TimeSpan.FromMinutes(2);

    public async Task InvokeAsync(HttpContext context, CurrentPrincipal principal)
    {
        var key = context.Request.Headers[IdempotencyExtensions.Header].ToString();
        if (key.Length == 0 || context.GetEndpoint()?.Metadata.GetMetadata<IdempotentAttribute>() is null)
        {
            await next(context);
            return;
        }
        if (key.Length > 100 || key.Any(c => c is < '!' or > '~'))
        {
            throw new ProblemException(SharedErrors.IdempotencyKeyInvalid);
        }

        var route = context.Request.Method + " " + ((context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? context.Request.Path.Value);
        var hash = await HashBodyAsync(context.Request);
        var id = Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes($"{principal.Id}\n{route}\n{key}")));
        var row = new KeyRow(id, principal.Id, route, key);

        if (!await TryReserveAsync(row, hash, context.RequestAborted))
        {
            await ReplayAsync(context, row, hash);
            return;
        }

        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        var completed = false;
        try
        {
            await next(context);
            completed = context.Response.StatusCode < 500;
        }
        finally
        {
            context.Response.Body = original;
            if (completed)
            {
                await CompleteAsync(context, row, buffer.ToArray());
            }
            else
            {
                await ReleaseAsync(row);
            }
        }
        buffer.Position = 0;
        await buffer.CopyToAsync(original, context.RequestAborted);
    }

    private static async Task<string> HashBodyAsync(HttpRequest request)
    {
        request.EnableBuffering();
        var hash = await SHA256.HashDataAsync(request.Body, request.HttpContext.RequestAborted);
        request.Body.Position = 0;
        return Convert.ToHexString(hash);
    }

    private async Task<bool> TryReserveAsync(KeyRow row, string hash, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        await using var connection = await connections.OpenAsync(ct);
        // An expired key is free again, and so is one whose request died before it answered.
        await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM shared_idempotency_key WHERE id = @Id AND (expires_at < @Now OR (status_code IS NULL AND created_at < @AbandonedBefore))",
            new { row.Id, Now = now, AbandonedBefore = now - Abandoned }, cancellationToken: ct));
        try
        {
            await connection.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO shared_idempotency_key (id, principal, route, idempotency_key, request_hash, created_at, expires_at)
                VALUES (@Id, @Principal, @Route, @IdempotencyKey, @RequestHash, @CreatedAt, @ExpiresAt)
                """,
                new DynamicParameters(row).With("RequestHash", hash).With("CreatedAt", now).With("ExpiresAt", now + Lifetime),
                cancellationToken: ct));
            return true;
        }
        catch (Exception ex) when (SqlDialect.IsUniqueViolation(ex))
        {
            return false;
        }
    }

    private async Task ReplayAsync(HttpContext context, KeyRow row, string hash)
    {
        await using var connection = await connections.OpenAsync(context.RequestAborted);
        var stored = await connection.QuerySingleOrDefaultAsync<StoredResponse>(new CommandDefinition(
            """
            SELECT request_hash, status_code, content_type, location, etag, response_body FROM shared_idempotency_key WHERE id = @Id
            """, new { row.Id }, cancellationToken: context.RequestAborted));
        if (stored is null)
        {
            // Released by a failed first attempt between our insert and this read: ask the client to retry.
            throw new ProblemException(SharedErrors.IdempotencyInProgress);
        }
        if (!string.Equals(stored.RequestHash, hash, StringComparison.Ordinal))
        {
            throw new ProblemException(SharedErrors.IdempotencyMismatch);
        }
        if (stored.StatusCode is null)
        {
            throw new ProblemException(SharedErrors.IdempotencyInProgress);
        }
        context.Response.StatusCode = stored.StatusCode.Value;
        context.Response.Headers["Idempotent-Replayed"] = "true";
        if (stored.ContentType is not null)
        {
            context.Response.ContentType = stored.ContentType;
        }
        if (stored.Location is not null)
        {
            context.Response.Headers.Location = stored.Location;
        }
        if (stored.Etag is not null)
        {
            context.Response.Headers.ETag = stored.Etag;
        }
        if (stored.ResponseBody is not null)
        {
            await context.Response.WriteAsync(stored.ResponseBody, context.RequestAborted);
        }
    }

    private async Task CompleteAsync(HttpContext context, KeyRow row, byte[] body)
    {
        await using var connection = await connections.OpenAsync(CancellationToken.None);
        await connection.ExecuteAsync(
            """
            UPDATE shared_idempotency_key SET status_code = @StatusCode, content_type = @ContentType, location = @Location, etag = @Etag, response_body = @ResponseBody
            WHERE id = @Id
            """,
            new DynamicParameters(new { row.Id })
                .With("StatusCode", context.Response.StatusCode)
                .With("ContentType", context.Response.ContentType)
                .With("Location", context.Response.Headers.Location.ToString() is { Length: > 0 } l ? l : null)
                .With("Etag", context.Response.Headers.ETag.ToString() is { Length: > 0 } e ? e : null)
                .With("ResponseBody", System.Text.Encoding.UTF8.GetString(body)));
    }

    private async Task ReleaseAsync(KeyRow row)
    {
        await using var connection = await connections.OpenAsync(CancellationToken.None);
        await connection.ExecuteAsync("DELETE FROM shared_idempotency_key WHERE id = @Id", new { row.Id });
    }

    private sealed record KeyRow(string Id, string Principal, string Route, string IdempotencyKey);

    private sealed class StoredResponse
    {
        public string RequestHash { get; init; } = "";
        public int? StatusCode { get; init; }
        public string? ContentType { get; init; }
        public string? Location { get; init; }
        public string? Etag { get; init; }
        public string? ResponseBody { get; init; }
    }
}

internal static class DynamicParametersExtensions
{
    public static DynamicParameters With(this DynamicParameters parameters, string name, object? value)
    {
        parameters.Add(name, value);
        return parameters;
    }
}
