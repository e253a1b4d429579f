using Dapper;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Access.Data;

/// <summary>A row of access_api_key. Scopes are stored space-separated.</summary>
internal sealed class ApiKeyRow
{
    public Guid Id { get; set; }
    public string Name { get; set; } = "";
    public Guid OrganId { get; set; }
    public string Scopes { get; set; } = "";
    public string KeyHash { get; set; } = "";
    public long Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ExpiresAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
    public DateTimeOffset? LastUsedAt { get; set; }

    public IReadOnlyList<string> ScopeList => Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>All SQL on access_api_key and access_bootstrap.</summary>
internal sealed class ApiKeyRepository(UnitOfWork uow, SqlDialect dialect, OrganScope scope)
{
    private const string Columns = "id, name, organ_id, scopes, key_hash, version, created_at, expires_at, revoked_at, last_used_at";

    /// <summary>For authentication: the row whatever the caller's organ (there is no caller yet).</summary>
    public async Task<ApiKeyRow?> FindForAuthenticationAsync(Guid id, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<ApiKeyRow>(new CommandDefinition(
            $"SELECT {Columns} FROM access_api_key WHERE id = @Id", new { Id = id }, uow.Transaction, cancellationToken: ct));
    }

    public async Task<ApiKeyRow?> GetVisibleAsync(Guid id, CancellationToken ct)
    {
        var row = await FindForAuthenticationAsync(id, ct);
        return row is not null && await scope.CanSeeAsync(row.OrganId, ct) ? row : null;
    }

    public Task<(IReadOnlyList<ApiKeyRow> Rows, long Total)> ListAsync(Guid? organId, bool includeRevoked, PageRequest page, CancellationToken ct)
    {
        var where = new SqlFilter().Where("organ_id = @OrganId", "OrganId", organId).Scoped(scope, "organ_id");
        if (!includeRevoked)
        {
            where.Where("revoked_at IS NULL");
        }
        return uow.PageAsync<ApiKeyRow>(dialect, "access_api_key", Columns, where, "ORDER BY created_at, id", page, ct);
    }

    public Task InsertAsync(ApiKeyRow row, CancellationToken ct) =>
        uow.Connection.ExecuteAsync(new CommandDefinition(
            $"INSERT INTO access_api_key ({Columns}) VALUES (@Id, @Name, @OrganId, @Scopes, @KeyHash, @Version, @CreatedAt, @ExpiresAt, @RevokedAt, @LastUsedAt)",
            row, uow.Transaction, cancellationToken: ct));

    public async Task<bool> UpdateAsync(ApiKeyRow row, long expectedVersion, CancellationToken ct) =>
        await uow.Connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE access_api_key SET key_hash = @KeyHash, revoked_at = @RevokedAt, version = @Version
            WHERE id = @Id AND version = @ExpectedVersion
            """, new { row.Id, row.KeyHash, row.RevokedAt, row.Version, ExpectedVersion = expectedVersion }, uow.Transaction, cancellationToken: ct)) == 1;

    /// <summary>Records use at most once a minute per key, so authentication does not write on every request.</summary>
    public async Task TouchAsync(Guid id, DateTimeOffset now, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE access_api_key SET last_used_at = @Now WHERE id = @Id AND (last_used_at IS NULL OR last_used_at < @Before)",
            new { Id = id, Now = now, Before = now.AddMinutes(-1) }, uow.Transaction, cancellationToken: ct));
    }

    public async Task<long> CountAsync(CancellationToken ct) =>
        await uow.Connection.ExecuteScalarAsync<long>(new CommandDefinition("SELECT COUNT(*) FROM access_api_key", transaction: uow.Transaction, cancellationToken: ct));

    /// <summary>Claims the first-start slot; false when another instance already did.</summary>
    public async Task<bool> TryClaimBootstrapAsync(Guid keyId, CancellationToken ct)
    {
        var taken = await uow.Connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM access_bootstrap", transaction: uow.Transaction, cancellationToken: ct));
        if (taken > 0)
        {
            return false;
        }
        await uow.Connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO access_bootstrap (id, api_key_id) VALUES (1, @KeyId)", new { KeyId = keyId }, uow.Transaction, cancellationToken: ct));
        return true;
    }

    /// <summary>Ids of the organ's keys that still authenticate (not revoked, not expired at <paramref name="now"/>).</summary>
    public async Task<IReadOnlyList<Guid>> LiveOfOrganAsync(Guid organId, DateTimeOffset now, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        return (await connection.QueryAsync<Guid>(new CommandDefinition(
            "SELECT id FROM access_api_key WHERE organ_id = @OrganId AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > @Now) ORDER BY created_at, id",
            new { OrganId = organId, Now = now }, uow.Transaction, cancellationToken: ct))).AsList();
    }
}
