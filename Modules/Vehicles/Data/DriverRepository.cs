using Dapper;
using OrganAffairs.Contracts.Vehicles;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Vehicles.Data;

/// <summary>All SQL on vehicles_driver.</summary>
internal sealed class DriverRepository(UnitOfWork uow, SqlDialect dialect, OrganScope scope)
{
    private const string Columns = "id, organ_id, name, licence_class, licence_expires_on, status, version, created_at, updated_at";

    public static readonly SortSpec Sort = new(new Dictionary<string, string>
    {
        ["name"] = "name",
        ["licenceExpiresOn"] = "licence_expires_on",
        ["createdAt"] = "created_at",
    }, "name", "id");

    public async Task<DriverRow?> GetAsync(Guid id, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<DriverRow>(new CommandDefinition(
            $"SELECT {Columns} FROM vehicles_driver WHERE id = @Id", new { Id = id }, uow.Transaction, cancellationToken: ct));
    }

    public async Task<DriverRow?> GetVisibleAsync(Guid id, CancellationToken ct)
    {
        var row = await GetAsync(id, ct);
        return row is not null && await scope.CanSeeAsync(row.OrganId, ct) ? row : null;
    }

    /// <summary>Takes the driver's row lock until the transaction ends.</summary>
    public Task LockAsync(Guid id, CancellationToken ct) =>
        dialect.LockRowAsync(uow, "vehicles_driver", id, ct);

    public Task InsertAsync(DriverRow row, CancellationToken ct) =>
        uow.Connection.ExecuteAsync(new CommandDefinition(
            $"INSERT INTO vehicles_driver ({Columns}) VALUES (@Id, @OrganId, @Name, @LicenceClass, @LicenceExpiresOn, @Status, @Version, @CreatedAt, @UpdatedAt)",
            Parameters(row), uow.Transaction, cancellationToken: ct));

    public async Task<bool> UpdateAsync(DriverRow row, long expectedVersion, CancellationToken ct)
    {
        var parameters = Parameters(row);
        parameters.Add("ExpectedVersion", expectedVersion);
        return await uow.Connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE vehicles_driver SET name = @Name, licence_class = @LicenceClass, licence_expires_on = @LicenceExpiresOn, status = @Status,
                version = @Version, updated_at = @UpdatedAt
            WHERE id = @Id AND version = @ExpectedVersion
            """, parameters, uow.Transaction, cancellationToken: ct)) == 1;
    }

    public Task<(IReadOnlyList<DriverRow> Rows, long Total)> ListAsync(DriverFilter filter, PageRequest page, string orderBy, CancellationToken ct)
    {
        var where = new SqlFilter()
            .Where("organ_id = @OrganId", "OrganId", filter.OrganId)
            .Where("status = @Status", "Status", filter.Status?.ToString())
            .Where(@"name LIKE @Search ESCAPE '\'", "Search", PagedQueries.Contains(filter.Search))
            .Scoped(scope, "organ_id");
        return uow.PageAsync<DriverRow>(dialect, "vehicles_driver", Columns, where, orderBy, page, ct);
    }

    private static DynamicParameters Parameters(DriverRow row) => new(new
    {
        row.Id, row.OrganId, row.Name, row.LicenceClass, row.LicenceExpiresOn, Status = row.Status.ToString(), row.Version, row.CreatedAt, row.UpdatedAt,
    });

    /// <summary>The organ's active drivers (unscoped: dissolving an organ is the bureau's act).</summary>
    public async Task<IReadOnlyList<DriverRow>> ActiveOfOrganAsync(Guid organId, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        return (await connection.QueryAsync<DriverRow>(new CommandDefinition(
            $"SELECT {Columns} FROM vehicles_driver WHERE organ_id = @OrganId AND status = @Active ORDER BY name, id",
            new { OrganId = organId, Active = nameof(DriverStatus.Active) }, uow.Transaction, cancellationToken: ct))).AsList();
    }

    /// <summary>Hands a driver to another organ; false when the driver changed meanwhile.</summary>
    public async Task<bool> HandOverAsync(DriverRow row, long expectedVersion, CancellationToken ct) =>
        await uow.Connection.ExecuteAsync(new CommandDefinition(
            "UPDATE vehicles_driver SET organ_id = @OrganId, version = @Version, updated_at = @UpdatedAt WHERE id = @Id AND version = @ExpectedVersion",
            new { row.Id, row.OrganId, row.Version, row.UpdatedAt, ExpectedVersion = expectedVersion }, uow.Transaction, cancellationToken: ct)) == 1;
}
