using Dapper;
using OrganAffairs.Contracts.Vehicles;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Vehicles.Data;

/// <summary>All SQL on vehicles_vehicle and vehicles_quota. Enums are stored as their names, money as fen.</summary>
internal sealed class VehicleRepository(UnitOfWork uow, SqlDialect dialect, OrganScope scope)
{
    private const string Columns =
        "id, organ_id, plate, vin, brand, model, domestic_brand, origin, energy_type, body_type, category, seats, displacement_ml, purchase_price_fen, purchased_on, odometer_km, status, assigned_leader_id, approval_reference, purchase_standard_code, disposal_method, disposed_on, disposal_proceeds_fen, disposal_reference, write_off_reference, acquisition_method, version, created_at, updated_at";

    /// <summary>Per organ among <paramref name="organIds"/>, its vehicles purchased in the year and held at its end.</summary>
    public async Task<IReadOnlyList<VehicleCountRow>> CountsAsync(IReadOnlyCollection<Guid> organIds, int year, CancellationToken ct) =>
        (await uow.QueryChunkedAsync<VehicleCountRow>(organIds, chunk => (
            $"""
            SELECT organ_id,
                   CAST(SUM(CASE WHEN purchased_on >= @From AND acquisition_method = @Purchase THEN 1 ELSE 0 END) AS BIGINT) AS bought,
                   CAST(SUM(CASE WHEN disposed_on IS NULL OR disposed_on > @To THEN 1 ELSE 0 END) AS BIGINT) AS held
            FROM vehicles_vehicle WHERE {dialect.InList("organ_id", "@Ids")} AND purchased_on <= @To
            GROUP BY organ_id
            """,
            new { Ids = chunk, From = new DateOnly(year, 1, 1), To = new DateOnly(year, 12, 31), Purchase = nameof(AcquisitionMethod.Purchase) }), ct)).AsReadOnly();

    /// <summary>A page of the vehicles acquired by purchase (of a year by purchase date, or all), in id order after <paramref name="after"/>.</summary>
    public async Task<IReadOnlyList<VehicleRow>> PurchasesAsync(int? year, Guid? after, int take, CancellationToken ct)
    {
        var where = new SqlFilter().Where("acquisition_method = @Purchase", "Purchase", nameof(AcquisitionMethod.Purchase)).Scoped(scope, "organ_id");
        if (year is { } y)
        {
            where.Where("purchased_on >= @From", "From", new DateOnly(y, 1, 1)).Where("purchased_on <= @To", "To", new DateOnly(y, 12, 31));
        }
        if (after is { } a)
        {
            where.Where("id > @After", "After", a);
        }
        where.Parameters.Add("Skip", 0);
        where.Parameters.Add("Take", take);
        var connection = await uow.ConnectionAsync(ct);
        return (await connection.QueryAsync<VehicleRow>(new CommandDefinition(
            dialect.Page($"SELECT {Columns} FROM vehicles_vehicle{where.Sql} ORDER BY id"), where.Parameters, uow.Transaction, cancellationToken: ct))).AsList();
    }

    public static readonly SortSpec Sort = new(new Dictionary<string, string>
    {
        ["plate"] = "plate",
        ["purchasedOn"] = "purchased_on",
        ["createdAt"] = "created_at",
    }, "plate", "id");

    public async Task<VehicleRow?> GetAsync(Guid id, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<VehicleRow>(new CommandDefinition(
            $"SELECT {Columns} FROM vehicles_vehicle WHERE id = @Id", new { Id = id }, uow.Transaction, cancellationToken: ct));
    }

    /// <summary>The vehicle if it exists and the caller may see it; otherwise null, the same for both.</summary>
    public async Task<VehicleRow?> GetVisibleAsync(Guid id, CancellationToken ct)
    {
        var row = await GetAsync(id, ct);
        return row is not null && await scope.CanSeeAsync(row.OrganId, ct) ? row : null;
    }

    /// <summary>Takes the vehicle's row lock until the transaction ends: bookings of one vehicle queue up here.</summary>
    public Task LockAsync(Guid id, CancellationToken ct) =>
        dialect.LockRowAsync(uow, "vehicles_vehicle", id, ct);

    public async Task<bool> PlateExistsAsync(string plate, CancellationToken ct) =>
        await uow.Connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM vehicles_vehicle WHERE plate = @Plate", new { Plate = plate }, uow.Transaction, cancellationToken: ct)) > 0;

    public async Task<bool> VinExistsAsync(string vin, CancellationToken ct) =>
        await uow.Connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM vehicles_vehicle WHERE vin = @Vin", new { Vin = vin }, uow.Transaction, cancellationToken: ct)) > 0;

    public Task InsertAsync(VehicleRow row, CancellationToken ct) =>
        uow.Connection.ExecuteAsync(new CommandDefinition(
            $"""
            INSERT INTO vehicles_vehicle ({Columns})
            VALUES (@Id, @OrganId, @Plate, @Vin, @Brand, @Model, @DomesticBrand, @Origin, @EnergyType, @BodyType, @Category, @Seats, @DisplacementMl,
                    @PurchasePriceFen, @PurchasedOn, @OdometerKm, @Status, @AssignedLeaderId, @ApprovalReference, @PurchaseStandardCode,
                    @DisposalMethod, @DisposedOn, @DisposalProceedsFen, @DisposalReference, @WriteOffReference, @AcquisitionMethod, @Version, @CreatedAt, @UpdatedAt)
            """, Parameters(row), uow.Transaction, cancellationToken: ct));

    /// <summary>Writes the row if its version is still <paramref name="expectedVersion"/>; false when another change came first.</summary>
    public async Task<bool> UpdateAsync(VehicleRow row, long expectedVersion, CancellationToken ct)
    {
        var parameters = Parameters(row);
        parameters.Add("ExpectedVersion", expectedVersion);
        return await uow.Connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE vehicles_vehicle SET brand = @Brand, model = @Model, status = @Status, assigned_leader_id = @AssignedLeaderId,
                odometer_km = @OdometerKm, disposal_method = @DisposalMethod, disposed_on = @DisposedOn, disposal_proceeds_fen = @DisposalProceedsFen,
                disposal_reference = @DisposalReference, write_off_reference = @WriteOffReference, version = @Version, updated_at = @UpdatedAt
            WHERE id = @Id AND version = @ExpectedVersion
            """, parameters, uow.Transaction, cancellationToken: ct)) == 1;
    }

    public Task<(IReadOnlyList<VehicleRow> Rows, long Total)> ListAsync(VehicleFilter filter, PageRequest page, string orderBy, CancellationToken ct)
    {
        var where = new SqlFilter()
            .Where("organ_id = @OrganId", "OrganId", filter.OrganId)
            .Where("category = @Category", "Category", filter.Category?.ToString())
            .Where("status = @Status", "Status", filter.Status?.ToString())
            .Where(@"(plate LIKE @Search ESCAPE '\' OR brand LIKE @Search ESCAPE '\' OR model LIKE @Search ESCAPE '\')", "Search", PagedQueries.Contains(filter.Search))
            .Scoped(scope, "organ_id");
        return uow.PageAsync<VehicleRow>(dialect, "vehicles_vehicle", Columns, where, orderBy, page, ct);
    }

    public async Task<IReadOnlyList<QuotaRow>> QuotasAsync(Guid organId, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        return (await connection.QueryAsync<QuotaRow>(new CommandDefinition(
            "SELECT id, organ_id, category, approved FROM vehicles_quota WHERE organ_id = @OrganId ORDER BY category",
            new { OrganId = organId }, uow.Transaction, cancellationToken: ct))).AsList();
    }

    /// <summary>Vehicles of the organ per category that count against the quota (all but disposed ones).</summary>
    public async Task<IReadOnlyDictionary<VehicleCategory, int>> InUseAsync(Guid organId, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        var rows = await connection.QueryAsync<(string Category, long Count)>(new CommandDefinition(
            "SELECT category, COUNT(*) FROM vehicles_vehicle WHERE organ_id = @OrganId AND status <> @Disposed GROUP BY category",
            new { OrganId = organId, Disposed = nameof(VehicleStatus.Disposed) }, uow.Transaction, cancellationToken: ct));
        return rows.ToDictionary(r => Enum.Parse<VehicleCategory>(r.Category), r => (int)r.Count);
    }

    /// <summary>
    /// Locks the organ's quota row of a category and reads it under the lock (null when the organ has no
    /// quota for it): the approved number is read after the lock, so a parallel quota change cannot slip
    /// between the read and the check on any provider.
    /// </summary>
    public async Task<QuotaRow?> LockQuotaAsync(Guid organId, VehicleCategory category, CancellationToken ct)
    {
        const string Select = "SELECT id, organ_id, category, approved FROM vehicles_quota WHERE organ_id = @OrganId AND category = @Category";
        var key = new { OrganId = organId, Category = category.ToString() };
        Task<QuotaRow?> ReadAsync() => uow.Connection.QuerySingleOrDefaultAsync<QuotaRow?>(new CommandDefinition(Select, key, uow.Transaction, cancellationToken: ct));
        var row = await ReadAsync();
        // Replacing an organ's quotas gives the rows new ids: when the row read is gone by the time its
        // lock is taken, read the replacement and lock that (a replacement holds its own lock meanwhile).
        while (row is not null && !await dialect.LockRowAsync(uow, "vehicles_quota", row.Id, ct))
        {
            row = await ReadAsync();
        }
        return row is null ? null : await ReadAsync();
    }

    public async Task ReplaceQuotasAsync(Guid organId, IEnumerable<QuotaRow> rows, CancellationToken ct)
    {
        await uow.Connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM vehicles_quota WHERE organ_id = @OrganId", new { OrganId = organId }, uow.Transaction, cancellationToken: ct));
        var values = rows.Select(r => new { r.Id, r.OrganId, Category = r.Category.ToString(), r.Approved }).ToArray();
        if (values.Length > 0)
        {
            await uow.Connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO vehicles_quota (id, organ_id, category, approved) VALUES (@Id, @OrganId, @Category, @Approved)",
                values, uow.Transaction, cancellationToken: ct));
        }
    }

    private static DynamicParameters Parameters(VehicleRow row) => new(new
    {
        row.Id, row.OrganId, row.Plate, row.Vin, row.Brand, row.Model, row.DomesticBrand, Origin = row.Origin?.ToString(),
        EnergyType = row.EnergyType.ToString(), BodyType = row.BodyType.ToString(), Category = row.Category.ToString(),
        row.Seats, row.DisplacementMl, row.PurchasePriceFen, row.PurchasedOn, row.OdometerKm, Status = row.Status.ToString(),
        row.AssignedLeaderId, row.ApprovalReference, row.PurchaseStandardCode, DisposalMethod = row.DisposalMethod?.ToString(), row.DisposedOn,
        row.DisposalProceedsFen, row.DisposalReference, row.WriteOffReference, AcquisitionMethod = row.AcquisitionMethod.ToString(), row.Version, row.CreatedAt, row.UpdatedAt,
    });

    /// <summary>The organ's vehicles not yet disposed of (unscoped: dissolving an organ is the bureau's act).</summary>
    public async Task<IReadOnlyList<VehicleRow>> HeldByAsync(Guid organId, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        return (await connection.QueryAsync<VehicleRow>(new CommandDefinition(
            $"SELECT {Columns} FROM vehicles_vehicle WHERE organ_id = @OrganId AND status <> @Disposed ORDER BY plate, id",
            new { OrganId = organId, Disposed = nameof(VehicleStatus.Disposed) }, uow.Transaction, cancellationToken: ct))).AsList();
    }

    /// <summary>Hands a vehicle to another organ (划转 or 收回 of a dissolved organ's vehicles); false when it changed meanwhile.</summary>
    public async Task<bool> HandOverAsync(VehicleRow row, long expectedVersion, CancellationToken ct) =>
        await uow.Connection.ExecuteAsync(new CommandDefinition(
            "UPDATE vehicles_vehicle SET organ_id = @OrganId, version = @Version, updated_at = @UpdatedAt WHERE id = @Id AND version = @ExpectedVersion",
            new { row.Id, row.OrganId, row.Version, row.UpdatedAt, ExpectedVersion = expectedVersion }, uow.Transaction, cancellationToken: ct)) == 1;

    /// <summary>The vehicles bought between two dates (inclusive), disposed ones included, of one organ or of every organ the caller sees: for the fleet report.</summary>
    public async Task<IReadOnlyList<PurchaseRow>> PurchasesAsync(Guid? organId, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var where = new SqlFilter()
            .Where("purchased_on >= @From", "From", from)
            .Where("purchased_on <= @To", "To", to)
            .Where("organ_id = @OrganId", "OrganId", organId)
            .Scoped(scope, "organ_id");
        var connection = await uow.ConnectionAsync(ct);
        return (await connection.QueryAsync<PurchaseRow>(new CommandDefinition(
            "SELECT organ_id, purchased_on, energy_type FROM vehicles_vehicle" + where.Sql, where.Parameters, uow.Transaction, cancellationToken: ct))).AsList();
    }
}
