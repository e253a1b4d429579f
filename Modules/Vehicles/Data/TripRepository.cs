using Dapper;
using OrganAffairs.Contracts.Vehicles;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Vehicles.Data;

/// <summary>All SQL on vehicles_trip and vehicles_sealed_period. Instants are UTC, so they compare correctly on every provider.</summary>
internal sealed class TripRepository(UnitOfWork uow, SqlDialect dialect, OrganScope scope)
{
    private const string Columns =
        "id, organ_id, applicant, purpose, passengers, origin, destination, starts_at, ends_at, status, vehicle_id, driver_id, emergency_approval_reference, reason, odometer_out_km, odometer_in_km, fuel_ml, charge_wh, tolls_fen, parking_fen, version, created_at, updated_at";

    /// <summary>Trips that hold their vehicle and driver.</summary>
    private static readonly string[] Holding = [nameof(TripStatus.Dispatched), nameof(TripStatus.InProgress)];

    public static readonly SortSpec Sort = new(new Dictionary<string, string>
    {
        ["startsAt"] = "starts_at",
        ["createdAt"] = "created_at",
    }, "-startsAt", "id");

    public async Task<TripRow?> GetVisibleAsync(Guid id, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        var row = await connection.QuerySingleOrDefaultAsync<TripRow>(new CommandDefinition(
            $"SELECT {Columns} FROM vehicles_trip WHERE id = @Id", new { Id = id }, uow.Transaction, cancellationToken: ct));
        return row is not null && await scope.CanSeeAsync(row.OrganId, ct) ? row : null;
    }

    public Task InsertAsync(TripRow row, CancellationToken ct) =>
        uow.Connection.ExecuteAsync(new CommandDefinition(
            $"""
            INSERT INTO vehicles_trip ({Columns})
            VALUES (@Id, @OrganId, @Applicant, @Purpose, @Passengers, @Origin, @Destination, @StartsAt, @EndsAt, @Status, @VehicleId, @DriverId,
                    @EmergencyApprovalReference, @Reason, @OdometerOutKm, @OdometerInKm, @FuelMl, @ChargeWh, @TollsFen, @ParkingFen, @Version, @CreatedAt, @UpdatedAt)
            """, Parameters(row), uow.Transaction, cancellationToken: ct));

    /// <summary>Writes the trip's state if its version is still the expected one.</summary>
    public async Task<bool> UpdateAsync(TripRow row, long expectedVersion, CancellationToken ct)
    {
        var parameters = Parameters(row);
        parameters.Add("ExpectedVersion", expectedVersion);
        return await uow.Connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE vehicles_trip SET status = @Status, vehicle_id = @VehicleId, driver_id = @DriverId, emergency_approval_reference = @EmergencyApprovalReference,
                reason = @Reason, odometer_out_km = @OdometerOutKm, odometer_in_km = @OdometerInKm, fuel_ml = @FuelMl, charge_wh = @ChargeWh,
                tolls_fen = @TollsFen, parking_fen = @ParkingFen, version = @Version, updated_at = @UpdatedAt
            WHERE id = @Id AND version = @ExpectedVersion
            """, parameters, uow.Transaction, cancellationToken: ct)) == 1;
    }

    /// <summary>
    /// The first trip holding the vehicle (or driver) whose window overlaps [start, end). Touching windows
    /// (one ends when the other starts) do not overlap.
    /// </summary>
    /// <summary>The longest trip window; overlap checks also use it as a lower bound on starts_at, so they read a short index range.</summary>
    public static readonly TimeSpan MaxTripLength = TimeSpan.FromDays(31);

    public async Task<BookingRow?> OverlapAsync(string column, Guid id, DateTimeOffset start, DateTimeOffset end, CancellationToken ct) =>
        (await uow.Connection.QueryAsync<BookingRow>(new CommandDefinition(
            $"""
            SELECT id, organ_id, starts_at, ends_at FROM vehicles_trip
            WHERE {column} = @Id AND {dialect.InList("status", "@Holding")} AND starts_at < @End AND starts_at > @EarliestStart AND ends_at > @Start
            ORDER BY starts_at, id
            """, new { Id = id, Holding, Start = start, End = end, EarliestStart = start - MaxTripLength },
            uow.Transaction, cancellationToken: ct)))
        .FirstOrDefault();

    public Task<(IReadOnlyList<TripRow> Rows, long Total)> ListAsync(TripFilter filter, PageRequest page, string orderBy, CancellationToken ct)
    {
        var where = new SqlFilter()
            .Where("organ_id = @OrganId", "OrganId", filter.OrganId)
            .Where("status = @Status", "Status", filter.Status?.ToString())
            .Where("vehicle_id = @VehicleId", "VehicleId", filter.VehicleId)
            .Where("driver_id = @DriverId", "DriverId", filter.DriverId)
            .Where("ends_at > @From", "From", filter.From)
            .Where("starts_at < @To", "To", filter.To)
            .Scoped(scope, "organ_id");
        return uow.PageAsync<TripRow>(dialect, "vehicles_trip", Columns, where, orderBy, page, ct);
    }

    /// <summary>Sealed periods that share a day with [from, to].</summary>
    public async Task<IReadOnlyList<SealedPeriodRow>> SealedPeriodsAsync(DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var filter = new SqlFilter().Where("ends_on >= @From", "From", from).Where("starts_on <= @To", "To", to);
        var connection = await uow.ConnectionAsync(ct);
        return (await connection.QueryAsync<SealedPeriodRow>(new CommandDefinition(
            $"SELECT id, name, starts_on, ends_on FROM vehicles_sealed_period{filter.Sql} ORDER BY starts_on, id", filter.Parameters, uow.Transaction, cancellationToken: ct))).AsList();
    }

    public Task InsertSealedPeriodAsync(SealedPeriodRow row, CancellationToken ct) =>
        uow.Connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO vehicles_sealed_period (id, name, starts_on, ends_on) VALUES (@Id, @Name, @StartsOn, @EndsOn)", row, uow.Transaction, cancellationToken: ct));

    private static DynamicParameters Parameters(TripRow row) => new(new
    {
        row.Id, row.OrganId, row.Applicant, row.Purpose, row.Passengers, row.Origin, row.Destination,
        StartsAt = row.StartsAt.ToUniversalTime(), EndsAt = row.EndsAt.ToUniversalTime(), Status = row.Status.ToString(),
        row.VehicleId, row.DriverId, row.EmergencyApprovalReference, row.Reason, row.OdometerOutKm, row.OdometerInKm,
        row.FuelMl, row.ChargeWh, row.TollsFen, row.ParkingFen, row.Version, row.CreatedAt, row.UpdatedAt,
    });
}
