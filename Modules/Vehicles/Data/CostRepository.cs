using Dapper;
using OrganAffairs.Contracts.Vehicles;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Vehicles.Data;

/// <summary>A row of vehicles_cost.</summary>
internal sealed class CostRow
{
    public Guid Id { get; set; }
    public Guid VehicleId { get; set; }
    public Guid OrganId { get; set; }
    public CostKind Kind { get; set; }
    public long AmountFen { get; set; }
    public DateOnly OccurredOn { get; set; }
    public string Month { get; set; } = "";
    public long? QuantityMilli { get; set; }
    public Guid? TripId { get; set; }
    public string? Note { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>A row of vehicles_cost_correction.</summary>
internal sealed class CostCorrectionRow
{
    public Guid Id { get; set; }
    public Guid CostId { get; set; }
    public Guid VehicleId { get; set; }
    public Guid OrganId { get; set; }
    public long PreviousFen { get; set; }
    public long AmountFen { get; set; }
    public long DifferenceFen { get; set; }
    public DateOnly OccurredOn { get; set; }
    public string Reason { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>A sum of one vehicle, month and kind.</summary>
internal sealed class CostSumRow
{
    public Guid VehicleId { get; set; }
    public Guid OrganId { get; set; }
    public string Month { get; set; } = "";
    public string Kind { get; set; } = "";
    public long AmountFen { get; set; }
}

/// <summary>Distance driven on completed trips of one vehicle in one month.</summary>
internal sealed class DistanceRow
{
    public Guid VehicleId { get; set; }
    public string Month { get; set; } = "";
    public long DistanceKm { get; set; }
}

/// <summary>A vehicle's plate.</summary>
internal sealed class PlateRow
{
    public Guid Id { get; set; }
    public string Plate { get; set; } = "";
}

/// <summary>All SQL on vehicles_cost and the report's sums. Grouping is by the stored month column: no SQL date function.</summary>
internal sealed class CostRepository(UnitOfWork uow, SqlDialect dialect, OrganScope scope)
{
    private const string Columns = "id, vehicle_id, organ_id, kind, amount_fen, occurred_on, month, quantity_milli, trip_id, note, created_at";

    public static readonly SortSpec Sort = new(new Dictionary<string, string>
    {
        ["occurredOn"] = "occurred_on",
        ["createdAt"] = "created_at",
    }, "-occurredOn", "id");

    /// <summary>
    /// Costs in id order after <paramref name="after"/>, of one year's months or of every year: the backfill query's page, each at the amount it
    /// was first recorded at (what its VehicleCostRecorded carried: the current amount less its corrections).
    /// </summary>
    public async Task<IReadOnlyList<CostRow>> PageAsync(int? year, Guid? after, int take, CancellationToken ct)
    {
        var where = new SqlFilter().Scoped(scope, "organ_id");
        if (year is { } y)
        {
            where.Where("month >= @FromMonth", "FromMonth", $"{y:D4}-01").Where("month <= @ToMonth", "ToMonth", $"{y:D4}-12");
        }
        if (after is { } a)
        {
            where.Where("id > @After", "After", a);
        }
        where.Parameters.Add("Skip", 0);
        where.Parameters.Add("Take", take);
        var connection = await uow.ConnectionAsync(ct);
        return (await connection.QueryAsync<CostRow>(new CommandDefinition(
            dialect.Page($"SELECT id, vehicle_id, organ_id, kind, amount_fen - COALESCE((SELECT SUM(x.difference_fen) FROM vehicles_cost_correction x WHERE x.cost_id = vehicles_cost.id), 0) AS amount_fen, occurred_on, month FROM vehicles_cost{where.Sql} ORDER BY id"),
            where.Parameters, uow.Transaction, cancellationToken: ct))).AsList();
    }

    public Task InsertAsync(CostRow row, CancellationToken ct) =>
        uow.Connection.ExecuteAsync(new CommandDefinition(
            $"INSERT INTO vehicles_cost ({Columns}) VALUES (@Id, @VehicleId, @OrganId, @Kind, @AmountFen, @OccurredOn, @Month, @QuantityMilli, @TripId, @Note, @CreatedAt)",
            new
            {
                row.Id, row.VehicleId, row.OrganId, Kind = row.Kind.ToString(), row.AmountFen, row.OccurredOn, row.Month, row.QuantityMilli, row.TripId, row.Note, row.CreatedAt,
            }, uow.Transaction, cancellationToken: ct));

    public Task<(IReadOnlyList<CostRow> Rows, long Total)> ListAsync(Guid vehicleId, CostKind? kind, string? month, PageRequest page, string orderBy, CancellationToken ct)
    {
        var where = new SqlFilter()
            .Where("vehicle_id = @VehicleId", "VehicleId", vehicleId)
            .Where("kind = @Kind", "Kind", kind?.ToString())
            .Where("month = @Month", "Month", month)
            .Scoped(scope, "organ_id");
        return uow.PageAsync<CostRow>(dialect, "vehicles_cost", Columns, where, orderBy, page, ct);
    }

    public async Task<IReadOnlyList<CostSumRow>> SumsAsync(Guid? organId, string from, string to, CancellationToken ct)
    {
        var where = new SqlFilter()
            .Where("month >= @From", "From", from)
            .Where("month <= @To", "To", to)
            .Where("organ_id = @OrganId", "OrganId", organId)
            .Scoped(scope, "organ_id");
        var connection = await uow.ConnectionAsync(ct);
        return (await connection.QueryAsync<CostSumRow>(new CommandDefinition(
            $"SELECT vehicle_id, organ_id, month, kind, CAST(SUM(amount_fen) AS BIGINT) AS amount_fen FROM vehicles_cost{where.Sql} GROUP BY vehicle_id, organ_id, month, kind",
            where.Parameters, uow.Transaction, cancellationToken: ct))).AsList();
    }

    public async Task<IReadOnlyList<DistanceRow>> DistancesAsync(Guid? organId, string from, string to, CancellationToken ct)
    {
        var where = new SqlFilter()
            .Where("status = @Status", "Status", nameof(TripStatus.Completed))
            .Where("month >= @From", "From", from)
            .Where("month <= @To", "To", to)
            .Where("organ_id = @OrganId", "OrganId", organId)
            .Scoped(scope, "organ_id");
        var connection = await uow.ConnectionAsync(ct);
        return (await connection.QueryAsync<DistanceRow>(new CommandDefinition(
            $"SELECT vehicle_id, month, CAST(SUM(odometer_in_km - odometer_out_km) AS BIGINT) AS distance_km FROM vehicles_trip{where.Sql} GROUP BY vehicle_id, month",
            where.Parameters, uow.Transaction, cancellationToken: ct))).AsList();
    }

    /// <summary>Plates of the given vehicles (the report names them).</summary>
    public async Task<IReadOnlyDictionary<Guid, string>> PlatesAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        if (ids.Count == 0)
        {
            return new Dictionary<Guid, string>();
        }
        var rows = await uow.QueryChunkedAsync<PlateRow>(ids, chunk => ($"SELECT id, plate FROM vehicles_vehicle WHERE {dialect.InList("id", "@Ids")}", new { Ids = chunk }), ct);
        return rows.ToDictionary(r => r.Id, r => r.Plate);
    }

    public Task SetTripMonthAsync(Guid tripId, string month, CancellationToken ct) =>
        uow.Connection.ExecuteAsync(new CommandDefinition(
            "UPDATE vehicles_trip SET month = @Month WHERE id = @Id", new { Id = tripId, Month = month }, uow.Transaction, cancellationToken: ct));
    /// <summary>The cost of the vehicle, or null.</summary>
    public async Task<CostRow?> GetAsync(Guid vehicleId, Guid id, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<CostRow>(new CommandDefinition(
            $"SELECT {Columns} FROM vehicles_cost WHERE id = @Id AND vehicle_id = @VehicleId", new { Id = id, VehicleId = vehicleId }, uow.Transaction, cancellationToken: ct));
    }

    /// <summary>
    /// Records a correction: the cost's amount changes only if it is still the one the correction was computed from (false otherwise: a
    /// concurrent correction came first), and the correction row is written beside it.
    /// </summary>
    public async Task<bool> CorrectAsync(CostCorrectionRow c, CancellationToken ct)
    {
        var updated = await uow.Connection.ExecuteAsync(new CommandDefinition(
            "UPDATE vehicles_cost SET amount_fen = @AmountFen WHERE id = @CostId AND amount_fen = @PreviousFen",
            new { c.CostId, c.AmountFen, c.PreviousFen }, uow.Transaction, cancellationToken: ct));
        if (updated != 1)
        {
            return false;
        }
        await uow.Connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO vehicles_cost_correction (id, cost_id, vehicle_id, organ_id, previous_fen, amount_fen, difference_fen, occurred_on, reason, created_at)
            VALUES (@Id, @CostId, @VehicleId, @OrganId, @PreviousFen, @AmountFen, @DifferenceFen, @OccurredOn, @Reason, @CreatedAt)
            """, c, uow.Transaction, cancellationToken: ct));
        return true;
    }

    /// <summary>Corrections in id order after <paramref name="after"/>, of one year's costs (by the corrected cost's date) or every year, of the visible organs.</summary>
    public async Task<IReadOnlyList<CostCorrectionRow>> CorrectionPageAsync(int? year, Guid? after, int take, CancellationToken ct)
    {
        var where = new SqlFilter().Scoped(scope, "organ_id");
        if (year is { } y)
        {
            where.Where("occurred_on >= @From", "From", new DateOnly(y, 1, 1)).Where("occurred_on <= @To", "To", new DateOnly(y, 12, 31));
        }
        if (after is { } a)
        {
            where.Where("id > @After", "After", a);
        }
        where.Parameters.Add("Skip", 0);
        where.Parameters.Add("Take", take);
        var connection = await uow.ConnectionAsync(ct);
        return (await connection.QueryAsync<CostCorrectionRow>(new CommandDefinition(
            dialect.Page($"SELECT id, cost_id, vehicle_id, organ_id, previous_fen, amount_fen, difference_fen, occurred_on, reason, created_at FROM vehicles_cost_correction{where.Sql} ORDER BY id"),
            where.Parameters, uow.Transaction, cancellationToken: ct))).AsList();
    }
}
