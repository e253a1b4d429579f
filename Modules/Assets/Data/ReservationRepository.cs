using Dapper;
using OrganAffairs.Contracts.Assets;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Assets.Data;

/// <summary>All SQL on assets_reservation. Instants are UTC, so they compare correctly on every provider.</summary>
internal sealed class ReservationRepository(UnitOfWork uow, SqlDialect dialect, OrganScope scope)
{
    private const string Columns = "id, asset_id, organ_id, staff_id, purpose, status, cancel_reason, version, starts_at, ends_at, started_at, created_at, updated_at";

    /// <summary>The longest reservation; overlap checks also use it as a lower bound on starts_at, so they read a short index range.</summary>
    public static readonly TimeSpan MaxLength = TimeSpan.FromDays(90);

    public static readonly SortSpec Sort = new(new Dictionary<string, string>
    {
        ["startsAt"] = "starts_at",
        ["createdAt"] = "created_at",
    }, "startsAt", "id");

    public async Task<ReservationRow?> GetAsync(Guid id, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<ReservationRow>(new CommandDefinition(
            $"SELECT {Columns} FROM assets_reservation WHERE id = @Id", new { Id = id }, uow.Transaction, cancellationToken: ct));
    }

    public async Task<ReservationRow?> GetVisibleAsync(Guid id, CancellationToken ct)
    {
        var row = await GetAsync(id, ct);
        return row is not null && await scope.CanSeeAsync(row.OrganId, ct) ? row : null;
    }

    public Task InsertAsync(ReservationRow row, CancellationToken ct) =>
        uow.Connection.ExecuteAsync(new CommandDefinition(
            $"""
            INSERT INTO assets_reservation ({Columns})
            VALUES (@Id, @AssetId, @OrganId, @StaffId, @Purpose, @Status, @CancelReason, @Version, @StartsAt, @EndsAt, @StartedAt, @CreatedAt, @UpdatedAt)
            """, Parameters(row), uow.Transaction, cancellationToken: ct));

    /// <summary>
    /// Moves the reservation on only from the status and version it was read with: of two Host instances
    /// starting (or cancelling) the same reservation, exactly one updates a row.
    /// </summary>
    public async Task<bool> UpdateAsync(ReservationRow row, ReservationStatus expectedStatus, long expectedVersion, CancellationToken ct)
    {
        var parameters = Parameters(row);
        parameters.Add("ExpectedVersion", expectedVersion);
        parameters.Add("ExpectedStatus", expectedStatus.ToString());
        return await uow.Connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE assets_reservation SET status = @Status, cancel_reason = @CancelReason, started_at = @StartedAt, version = @Version, updated_at = @UpdatedAt
            WHERE id = @Id AND version = @ExpectedVersion AND status = @ExpectedStatus
            """, parameters, uow.Transaction, cancellationToken: ct)) == 1;
    }

    /// <summary>
    /// Reserved reservations of the asset overlapping [start, end), half-open: touching ranges do not overlap.
    /// Read under the asset's row lock.
    /// </summary>
    public async Task<IReadOnlyList<ReservationRow>> OverlapAsync(Guid assetId, DateTimeOffset start, DateTimeOffset end, CancellationToken ct) =>
        (await uow.Connection.QueryAsync<ReservationRow>(new CommandDefinition(
            $"""
            SELECT {Columns} FROM assets_reservation
            WHERE asset_id = @AssetId AND status = @Reserved AND starts_at < @End AND starts_at > @EarliestStart AND ends_at > @Start
            ORDER BY starts_at, id
            """, new
            {
                AssetId = assetId, Reserved = nameof(ReservationStatus.Reserved), Start = start, End = end,
                EarliestStart = start - MaxLength,
            }, uow.Transaction, cancellationToken: ct))).AsList();

    /// <summary>Reserved reservations of the asset that have not ended by the instant.</summary>
    public async Task<long> PendingCountAsync(Guid assetId, DateTimeOffset now, CancellationToken ct) =>
        await uow.Connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM assets_reservation WHERE asset_id = @AssetId AND status = @Reserved AND ends_at > @Now",
            new { AssetId = assetId, Reserved = nameof(ReservationStatus.Reserved), Now = now }, uow.Transaction, cancellationToken: ct));

    /// <summary>Ids of reservations due to start: Reserved, started at or before now and not yet ended (the background sweep's work).</summary>
    public async Task<IReadOnlyList<Guid>> DueAsync(DateTimeOffset now, int max, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        return (await connection.QueryAsync<Guid>(new CommandDefinition(
            dialect.Page("SELECT id FROM assets_reservation WHERE status = @Reserved AND starts_at <= @Now AND ends_at > @Now ORDER BY starts_at, id"),
            new { Reserved = nameof(ReservationStatus.Reserved), Now = now, Skip = 0, Take = max }, uow.Transaction, cancellationToken: ct))).AsList();
    }

    public Task<(IReadOnlyList<ReservationRow> Rows, long Total)> ListAsync(ReservationFilter filter, PageRequest page, string orderBy, CancellationToken ct)
    {
        var where = new SqlFilter()
            .Where("asset_id = @AssetId", "AssetId", filter.AssetId)
            .Where("organ_id = @OrganId", "OrganId", filter.OrganId)
            .Where("status = @Status", "Status", filter.Status?.ToString())
            .Where("ends_at > @From", "From", filter.From)
            .Where("starts_at < @To", "To", filter.To)
            .Scoped(scope, "organ_id");
        return uow.PageAsync<ReservationRow>(dialect, "assets_reservation", Columns, where, orderBy, page, ct);
    }

    private static DynamicParameters Parameters(ReservationRow row) => new(new
    {
        row.Id, row.AssetId, row.OrganId, row.StaffId, row.Purpose, Status = row.Status.ToString(), row.CancelReason, row.Version,
        StartsAt = row.StartsAt.ToUniversalTime(), EndsAt = row.EndsAt.ToUniversalTime(), StartedAt = row.StartedAt?.ToUniversalTime(),
        row.CreatedAt, row.UpdatedAt,
    });
}
