using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Dapper;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Shared.Http;

/// <summary>Endpoint metadata: this create accepts an Idempotency-Key.</summary>
public sealed class IdempotentAttribute : Attribute;

/// <summary>
/// Endpoint metadata: the body is streamed (an import), so it is never buffered to be hashed; a retry is
/// compared by the client's <c>Content-Digest</c> (RFC 9530) or by the digest recorded when the first
/// attempt finished.
/// </summary>
public sealed class StreamedBodyAttribute : Attribute;

public static class IdempotencyExtensions
{
    public const string Header = "Idempotency-Key";
    public const string DigestHeader = "Content-Digest";
    public const string ReplayedHeader = "Idempotent-Replayed";

    public static RouteHandlerBuilder Idempotent(this RouteHandlerBuilder builder) =>
        builder.WithMetadata(new IdempotentAttribute());

    /// <summary>The create streams its body: its Idempotency-Key compares bodies by digest (see <see cref="StreamedBodyAttribute"/>).</summary>
    public static RouteHandlerBuilder StreamedBody(this RouteHandlerBuilder builder) =>
        builder.WithMetadata(new StreamedBodyAttribute());
}

/// <summary>
/// Idempotency-Key on creates (docs/adr/0023). A key is scoped to the principal, the method and the
/// concrete path with its query string. The first attempt takes a lease on the key that lasts the
/// endpoint's own time limit; the command's transaction completes the key together with the change
/// (<see cref="IdempotencyAttempt"/>), so a committed change always has its completed key. A retry
/// with the same body answers the first change again (the endpoint runs with the stored result, the
/// command is not run); another body → 422; while the lease is held → 409. An attempt that changed
/// nothing (any 4xx or 5xx answer) releases its lease; if even that cannot be written, the lease
/// expires with the endpoint's time limit. Completed keys are kept 24 h.
/// </summary>
public sealed class IdempotencyMiddleware(
    RequestDelegate next, ConnectionFactory connections, TimeProvider clock, IOptions<RequestTimeoutOptions> timeouts,
    ILogger<IdempotencyMiddleware> logger)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    /// <summary>The lease of an endpoint with no time limit of its own and no default policy.</summary>
    internal static readonly TimeSpan DefaultLease = TimeSpan.FromSeconds(30);

    public async Task InvokeAsync(HttpContext context, CurrentPrincipal principal, IdempotencyAttempt attempt)
    {
        var key = context.Request.Headers[IdempotencyExtensions.Header].ToString();
        var endpoint = context.GetEndpoint();
        if (key.Length == 0 || endpoint?.Metadata.GetMetadata<IdempotentAttribute>() is null)
        {
            await next(context);
            return;
        }
        if (key.Length > 100 || key.Any(c => c is < '!' or > '~'))
        {
            throw new ProblemException(SharedErrors.IdempotencyKeyInvalid);
        }

        var streamed = endpoint.Metadata.GetMetadata<StreamedBodyAttribute>() is not null;
        // Only a streamed body is compared by digest; any other body is hashed here.
        var clientDigest = streamed ? ContentDigest.Sha256Hex(context.Request.Headers[IdempotencyExtensions.DigestHeader].ToString()) : null;
        // A streamed body is not read twice: without the client's digest its hash is recorded when the import finishes.
        var hash = streamed ? clientDigest ?? "" : await HashAsync(context.Request.Body, buffer: true, context);
        var route = $"{context.Request.Method} {(context.Request.PathBase + context.Request.Path).Value?.ToLowerInvariant()}{context.Request.QueryString.Value}";
        var row = new KeyRow(
            Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{principal.Id}\n{route}\n{key}"))),
            principal.Id, route.Length <= 300 ? route : route[..300], key, hash, Guid.NewGuid());

        if (!await TryReserveAsync(row, LeaseOf(endpoint), context.RequestAborted))
        {
            await AnswerTakenAsync(context, attempt, row, streamed, clientDigest);
            return;
        }

        HashingStream? body = null;
        if (streamed)
        {
            body = new HashingStream(context.Request.Body);
            context.Request.Body = body;
        }
        attempt.Start(row.Id, row.AttemptId, body);
        try
        {
            await next(context);
        }
        finally
        {
            if (!attempt.Completed)
            {
                await ReleaseAsync(row);
            }
        }
    }

    /// <summary>The endpoint's own request time limit (its policy, else the default policy), else <see cref="DefaultLease"/>.</summary>
    private TimeSpan LeaseOf(Endpoint endpoint)
    {
        var options = timeouts.Value;
        var own = endpoint.Metadata.GetMetadata<RequestTimeoutAttribute>();
        var policy = endpoint.Metadata.GetMetadata<RequestTimeoutPolicy>();
        TimeSpan? limit = own?.Timeout
            ?? (own?.PolicyName is { } name && options.Policies.TryGetValue(name, out var named) ? named.Timeout : null)
            ?? policy?.Timeout
            ?? options.DefaultPolicy?.Timeout;
        return endpoint.Metadata.GetMetadata<DisableRequestTimeoutAttribute>() is null && limit is { } l && l > TimeSpan.Zero ? l : DefaultLease;
    }

    private static async Task<string> HashAsync(Stream body, bool buffer, HttpContext context)
    {
        if (buffer)
        {
            context.Request.EnableBuffering();
            body = context.Request.Body;
        }
        var hash = await SHA256.HashDataAsync(body, context.RequestAborted);
        if (buffer)
        {
            body.Position = 0;
        }
        return Convert.ToHexString(hash);
    }

    private async Task<bool> TryReserveAsync(KeyRow row, TimeSpan lease, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        await using var connection = await connections.OpenAsync(ct);
        using var gate = await connections.EnterWriteAsync(ct);
        // An expired key is free again, and so is a lease whose attempt neither completed nor released it in time.
        await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM shared_idempotency_key WHERE id = @Id AND (expires_at < @Now OR (completed_at IS NULL AND lease_until < @Now))",
            new { row.Id, Now = now }, cancellationToken: ct));
        try
        {
            await connection.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO shared_idempotency_key (id, principal, route, idempotency_key, request_hash, attempt_id, lease_until, created_at, expires_at)
                VALUES (@Id, @Principal, @Route, @IdempotencyKey, @RequestHash, @AttemptId, @LeaseUntil, @CreatedAt, @ExpiresAt)
                """,
                new DynamicParameters(row).With("LeaseUntil", now + lease).With("CreatedAt", now).With("ExpiresAt", now + Lifetime),
                cancellationToken: ct));
            return true;
        }
        catch (Exception ex) when (SqlDialect.IsUniqueViolation(ex))
        {
            return false;
        }
    }

    /// <summary>The key is taken: another body → 422; still leased → 409 (with the import's URL if it has one); completed → the first change again.</summary>
    private async Task AnswerTakenAsync(HttpContext context, IdempotencyAttempt attempt, KeyRow row, bool streamed, string? clientDigest)
    {
        StoredKey? stored;
        await using (var connection = await connections.OpenAsync(context.RequestAborted))
        {
            stored = await connection.QuerySingleOrDefaultAsync<StoredKey>(new CommandDefinition(
                "SELECT request_hash, completed_at, result_type, result, resource_id, location FROM shared_idempotency_key WHERE id = @Id",
                new { row.Id }, cancellationToken: context.RequestAborted));
        }
        if (stored is null)
        {
            // Released by a failed attempt between our insert and this read: ask the client to retry.
            throw new ProblemException(SharedErrors.IdempotencyInProgress);
        }
        if (stored.RequestHash.Length > 0)
        {
            // A streamed body is read once here only when the client sent no digest and the first body's is known.
            var hash = streamed ? clientDigest ?? await HashAsync(context.Request.Body, buffer: false, context) : row.RequestHash;
            if (!string.Equals(stored.RequestHash, hash, StringComparison.OrdinalIgnoreCase))
            {
                throw new ProblemException(SharedErrors.IdempotencyMismatch);
            }
        }
        if (stored.CompletedAt is null)
        {
            if (stored.Location is not null)
            {
                context.Response.Headers.Location = stored.Location;
                await ProblemWriter.WriteAsync(context, SharedErrors.IdempotencyInProgress, detail: $"The first request is still running: {stored.Location}");
                return;
            }
            throw new ProblemException(SharedErrors.IdempotencyInProgress);
        }
        attempt.Replay(stored);
        context.Response.Headers[IdempotencyExtensions.ReplayedHeader] = "true";
        await next(context);
    }

    /// <summary>Best effort: the database may be what failed. An unwritten release expires with the lease.</summary>
    private async Task ReleaseAsync(KeyRow row)
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await using var connection = await connections.OpenAsync(timeout.Token);
            using var gate = await connections.EnterWriteAsync(timeout.Token);
            await connection.ExecuteAsync(new CommandDefinition(
                "DELETE FROM shared_idempotency_key WHERE id = @Id AND attempt_id = @AttemptId AND completed_at IS NULL",
                new { row.Id, row.AttemptId }, cancellationToken: timeout.Token));
        }
        catch (Exception ex) when (TransientRetry.IsUnavailable(ex) || ex is OperationCanceledException)
        {
            logger.LogWarning(ex, "The Idempotency-Key lease of a failed attempt could not be released; it expires with the endpoint's time limit");
        }
    }

    private sealed record KeyRow(string Id, string Principal, string Route, string IdempotencyKey, string RequestHash, Guid AttemptId);
}

/// <summary>What is stored for a key: the body's hash, and once completed the command's result or the bound resource.</summary>
internal sealed class StoredKey
{
    public string RequestHash { get; init; } = "";
    public DateTimeOffset? CompletedAt { get; init; }
    public string? ResultType { get; init; }
    public string? Result { get; init; }
    public Guid? ResourceId { get; init; }
    public string? Location { get; init; }
}

/// <summary>
/// The Idempotency-Key attempt of the current request. The Transaction behaviour completes the key in
/// the command's transaction with the command's result; a request that commits by itself (a streamed
/// import) binds the key to the record it creates first and completes it in its last transaction.
/// When a retry replays a completed key, the endpoint runs again and its command answers the stored
/// result without running.
/// </summary>
public sealed class IdempotencyAttempt(UnitOfWork unitOfWork, TimeProvider clock, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json)
{
    private string? _keyId;
    private Guid _attemptId;
    private HashingStream? _body;
    private StoredKey? _replay;
    private JsonSerializerOptions? _storage;
    private bool _written;

    /// <summary>Whether the key's completion was committed: the lease is then not released.</summary>
    public bool Completed { get; private set; }

    /// <summary>The record a replayed key is bound to (an import): its handler answers that record's state and does nothing else.</summary>
    public Guid? ReplayedResource => _replay?.ResourceId;

    private bool Active => _keyId is not null && !Completed;

    // Stored results round-trip through the answers' own JSON settings (enum names, instants, money).
    private JsonSerializerOptions Storage => _storage ??= new JsonSerializerOptions(json.Value.SerializerOptions)
    {
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Skip,
    };

    internal void Start(string keyId, Guid attemptId, HashingStream? body) => (_keyId, _attemptId, _body) = (keyId, attemptId, body);

    internal void Replay(StoredKey stored) => _replay = stored;

    /// <summary>In a replay, the first command's stored result instead of running it again.</summary>
    internal bool TryReplay<T>(out T result)
    {
        result = default!;
        if (_replay is not { Result: { } stored } replay)
        {
            return false;
        }
        if (replay.ResultType != typeof(T).FullName)
        {
            throw new InvalidOperationException($"The Idempotency-Key stored a {replay.ResultType}, the endpoint's command answers {typeof(T).FullName}.");
        }
        _replay = null;
        result = JsonSerializer.Deserialize<T>(stored, Storage)!;
        return true;
    }

    /// <summary>Inside the command's transaction: completes the key with the command's result.</summary>
    internal Task CompleteAsync<T>(T result, CancellationToken ct) =>
        Active ? UpdateAsync("completed_at = @Now, result_type = @ResultType, result = @Result",
            new { ResultType = typeof(T).FullName, Result = JsonSerializer.Serialize(result, Storage) }, completes: true, ct) : Task.CompletedTask;

    /// <summary>Inside the transaction that creates <paramref name="resourceId"/>: a retry now answers that record's state.</summary>
    public Task BindAsync(Guid resourceId, string location, CancellationToken ct) =>
        Active ? UpdateAsync("resource_id = @ResourceId, location = @Location", new { ResourceId = resourceId, Location = location }, completes: false, ct) : Task.CompletedTask;

    /// <summary>
    /// Inside the last transaction of a request that commits by itself: completes the bound key, with the
    /// streamed body's digest (the rest of the body is read first, so the digest covers all of it).
    /// </summary>
    public async Task CompleteBoundAsync(CancellationToken ct)
    {
        if (!Active)
        {
            return;
        }
        var digest = _body is null ? null : await _body.DigestToEndAsync(ct);
        await UpdateAsync(digest is null ? "completed_at = @Now" : "completed_at = @Now, request_hash = @Digest", new { Digest = digest }, completes: true, ct);
    }

    /// <summary>Reads the rest of a streamed body (outside any transaction), so the digest recorded at completion is the whole body's.</summary>
    public Task DrainBodyAsync(CancellationToken ct) => _body is null || !Active ? Task.CompletedTask : _body.DigestToEndAsync(ct);

    /// <summary>After the transaction that completed the key committed.</summary>
    public void Committed() => Completed |= _written;

    private async Task UpdateAsync(string set, object values, bool completes, CancellationToken ct)
    {
        var parameters = new DynamicParameters(values).With("Id", _keyId).With("AttemptId", _attemptId).With("Now", clock.GetUtcNow());
        var updated = await unitOfWork.Connection.ExecuteAsync(new CommandDefinition(
            $"UPDATE shared_idempotency_key SET {set} WHERE id = @Id AND attempt_id = @AttemptId AND completed_at IS NULL",
            parameters, unitOfWork.Transaction, cancellationToken: ct));
        if (updated != 1)
        {
            // The lease expired and another attempt took the key: this attempt must not commit.
            throw new ProblemException(SharedErrors.IdempotencyInProgress);
        }
        _written |= completes;
    }
}

/// <summary>RFC 9530 <c>Content-Digest</c>: the sha-256 member, as hex; other algorithms are not used.</summary>
public static class ContentDigest
{
    /// <returns>The hex SHA-256 the header states, or null without a sha-256 member.</returns>
    /// <exception cref="ProblemException">A sha-256 member that is not 32 bytes of base64 between colons.</exception>
    public static string? Sha256Hex(string header)
    {
        foreach (var member in header.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = member.IndexOf('=');
            if (eq <= 0 || !member[..eq].Trim().Equals("sha-256", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            var value = member[(eq + 1)..].Split(';')[0].Trim();
            var bytes = new byte[32];
            if (value.Length < 2 || value[0] != ':' || value[^1] != ':'
                || !Convert.TryFromBase64String(value[1..^1], bytes, out var written) || written != 32)
            {
                throw new ProblemException(SharedErrors.ContentDigestInvalid);
            }
            return Convert.ToHexString(bytes);
        }
        return null;
    }

    /// <summary>The header value for <paramref name="body"/>: <c>sha-256=:base64:</c>.</summary>
    public static string For(ReadOnlySpan<byte> body) => $"sha-256=:{Convert.ToBase64String(SHA256.HashData(body))}:";
}

/// <summary>A read-only request body that hashes what is read through it.</summary>
internal sealed class HashingStream(Stream inner) : Stream
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private string? _digest;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Hashed(buffer.AsSpan(offset, inner.Read(buffer, offset, count)));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = await inner.ReadAsync(buffer, cancellationToken);
        return Hashed(buffer.Span[..read]);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    /// <summary>Reads what is left and answers the hex SHA-256 of the whole body.</summary>
    public async Task<string> DigestToEndAsync(CancellationToken ct)
    {
        if (_digest is null)
        {
            var buffer = new byte[81920];
            while (await ReadAsync(buffer, ct) > 0)
            {
            }
            _digest = Convert.ToHexString(_hash.GetHashAndReset());
        }
        return _digest;
    }

    private int Hashed(ReadOnlySpan<byte> read)
    {
        _hash.AppendData(read);
        return read.Length;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _hash.Dispose();
        }
        base.Dispose(disposing);
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
