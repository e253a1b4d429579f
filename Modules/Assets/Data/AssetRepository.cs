using Dapper;
using OrganAffairs.Contracts.Assets;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Assets.Data;

/// <summary>All SQL on assets_asset and assets_event. Enums are stored as their names, money as fen.</summary>
internal sealed class AssetRepository(UnitOfWork uow, SqlDialect dialect, OrganScope scope)
{
    private const string Columns =
        "id, tag, category, model, manufacturer, serial, purchased_on, purchase_price_fen, warranty_ends_on, status, room_id, holder_organ_id, holder_staff_id, missing_stocktake_id, disposal_method, disposed_on, disposal_reference, appraisal_reference, version, created_at, updated_at";
    private const string EventColumns = "id, asset_id, kind, organ_id, holder_staff_id, room_id, reservation_id, note, principal, occurred_at";

    // An ordinary organ (or a lower-level bureau's jurisdiction) sees what it holds and what it reserved (a reservation not cancelled).
    private static string VisibleToOrgan(ScopeFilter held, ScopeFilter reserved) =>
        $"({held.Sql} OR id IN (SELECT asset_id FROM assets_reservation WHERE {reserved.Sql} AND status <> @CancelledStatus))";

    public static readonly SortSpec Sort = new(new Dictionary<string, string>
    {
        ["tag"] = "tag",
        ["purchasedOn"] = "purchased_on",
        ["warrantyEndsOn"] = "warranty_ends_on",
        ["createdAt"] = "created_at",
    }, "tag", "id");

    public async Task<AssetRow?> GetAsync(Guid id, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<AssetRow>(new CommandDefinition(
            $"SELECT {Columns} FROM assets_asset WHERE id = @Id", new { Id = id }, uow.Transaction, cancellationToken: ct));
    }

    /// <summary>The asset if it exists and the caller may see it; otherwise null, the same for both.</summary>
    public async Task<AssetRow?> GetVisibleAsync(Guid id, CancellationToken ct)
    {
        var row = await GetAsync(id, ct);
        return row is not null && await CanSeeAsync(row, ct) ? row : null;
    }

    public async Task<AssetRow?> GetByTagAsync(string tag, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        var row = await connection.QuerySingleOrDefaultAsync<AssetRow>(new CommandDefinition(
            $"SELECT {Columns} FROM assets_asset WHERE tag = @Tag", new { Tag = tag }, uow.Transaction, cancellationToken: ct));
        return row is not null && await CanSeeAsync(row, ct) ? row : null;
    }

    private async Task<bool> CanSeeAsync(AssetRow row, CancellationToken ct)
    {
        if (await scope.CanSeeAsync(row.HolderOrganId, ct))
        {
            return true;
        }
        if (scope.Filter("organ_id") is not { } reserved)
        {
            return false;
        }
        var parameters = new DynamicParameters(new { row.Id, CancelledStatus = nameof(ReservationStatus.Cancelled) });
        foreach (var (name, value) in reserved.Parameters)
        {
            parameters.Add(name, value);
        }
        var connection = await uow.ConnectionAsync(ct);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            $"SELECT COUNT(*) FROM assets_reservation WHERE asset_id = @Id AND {reserved.Sql} AND status <> @CancelledStatus",
            parameters, uow.Transaction, cancellationToken: ct)) > 0;
    }

    /// <summary>Takes the asset's row lock until the transaction ends: every change of one asset (reservations included) queues here.</summary>
    public Task LockAsync(Guid id, CancellationToken ct) =>
        dialect.LockRowAsync(uow, "assets_asset", id, ct);

    public Task InsertAsync(AssetRow row, CancellationToken ct) =>
        uow.Connection.ExecuteAsync(new CommandDefinition(
            $"""
            INSERT INTO assets_asset ({Columns})
            VALUES (@Id, @Tag, @Category, @Model, @Manufacturer, @Serial, @PurchasedOn, @PurchasePriceFen, @WarrantyEndsOn, @Status, @RoomId, @HolderOrganId,
                    @HolderStaffId, @MissingStocktakeId, @DisposalMethod, @DisposedOn, @DisposalReference, @AppraisalReference, @Version, @CreatedAt, @UpdatedAt)
            """, Parameters(row), uow.Transaction, cancellationToken: ct));

    /// <summary>Writes the row if its version is still <paramref name="expectedVersion"/>; false when another change came first.</summary>
    public async Task<bool> UpdateAsync(AssetRow row, long expectedVersion, CancellationToken ct)
    {
        var parameters = Parameters(row);
        parameters.Add("ExpectedVersion", expectedVersion);
        return await uow.Connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE assets_asset SET category = @Category, model = @Model, manufacturer = @Manufacturer, serial = @Serial, warranty_ends_on = @WarrantyEndsOn,
                status = @Status, room_id = @RoomId, holder_organ_id = @HolderOrganId, holder_staff_id = @HolderStaffId, missing_stocktake_id = @MissingStocktakeId,
                disposal_method = @DisposalMethod, disposed_on = @DisposedOn, disposal_reference = @DisposalReference, appraisal_reference = @AppraisalReference,
                version = @Version, updated_at = @UpdatedAt
            WHERE id = @Id AND version = @ExpectedVersion
            """, parameters, uow.Transaction, cancellationToken: ct)) == 1;
    }

    public Task<(IReadOnlyList<AssetRow> Rows, long Total)> ListAsync(AssetFilter filter, PageRequest page, string orderBy, CancellationToken ct) =>
        uow.PageAsync<AssetRow>(dialect, "assets_asset", Columns, Where(filter), orderBy, page, ct);

    /// <summary>Every asset matching the filter, unpaged (reports and rule-based lists that are computed in .NET).</summary>
    public async Task<IReadOnlyList<AssetRow>> AllAsync(AssetFilter filter, CancellationToken ct)
    {
        var where = Where(filter);
        var connection = await uow.ConnectionAsync(ct);
        return (await connection.QueryAsync<AssetRow>(new CommandDefinition(
            $"SELECT {Columns} FROM assets_asset{where.Sql} ORDER BY tag, id", where.Parameters, uow.Transaction, cancellationToken: ct))).AsList();
    }

    private SqlFilter Where(AssetFilter filter)
    {
        var where = new SqlFilter()
            .Where("category = @Category", "Category", filter.Category?.ToString())
            .Where("status = @Status", "Status", filter.Status?.ToString())
            .Where("holder_organ_id = @HolderOrganId", "HolderOrganId", filter.HolderOrganId)
            .Where("room_id = @RoomId", "RoomId", filter.RoomId)
            .Where("warranty_ends_on >= @WarrantyFrom", "WarrantyFrom", filter.WarrantyFrom)
            .Where("warranty_ends_on <= @WarrantyTo", "WarrantyTo", filter.WarrantyTo)
            .Where(@"(tag LIKE @Search ESCAPE '\' OR model LIKE @Search ESCAPE '\' OR manufacturer LIKE @Search ESCAPE '\' OR serial LIKE @Search ESCAPE '\')", "Search", PagedQueries.Contains(filter.Search));
        if (filter.ExcludeDisposed)
        {
            where.Where("status <> @Disposed", "Disposed", nameof(AssetStatus.Disposed));
        }
        if (filter.HeldOnly)
        {
            where.Where("holder_organ_id IS NOT NULL");
        }
        if (filter.Missing is { } missing)
        {
            where.Where(missing ? "missing_stocktake_id IS NOT NULL" : "missing_stocktake_id IS NULL");
        }
        if (scope.Filter("holder_organ_id") is { } held && scope.Filter("organ_id") is { } reserved)
        {
            where.Where(VisibleToOrgan(held, reserved), held);
            where.Parameters.Add("CancelledStatus", nameof(ReservationStatus.Cancelled));
        }
        return where;
    }

    /// <summary>Assets not disposed that an organ holds, or that sit in the given rooms (the expected list of a stock-take).</summary>
    public async Task<IReadOnlyList<AssetRow>> ExpectedAsync(Guid? organId, IReadOnlyCollection<Guid>? roomIds, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        var result = new List<AssetRow>();
        if (organId is { } organ)
        {
            result.AddRange(await connection.QueryAsync<AssetRow>(new CommandDefinition(
                $"SELECT {Columns} FROM assets_asset WHERE holder_organ_id = @OrganId AND status <> @Disposed ORDER BY tag, id",
                new { OrganId = organ, Disposed = nameof(AssetStatus.Disposed) }, uow.Transaction, cancellationToken: ct)));
        }
        foreach (var chunk in (roomIds ?? []).Chunk(SqlDialect.MaxListItems))
        {
            result.AddRange(await connection.QueryAsync<AssetRow>(new CommandDefinition(
                $"SELECT {Columns} FROM assets_asset WHERE {dialect.InList("room_id", "@RoomIds")} AND status <> @Disposed ORDER BY tag, id",
                new { RoomIds = chunk, Disposed = nameof(AssetStatus.Disposed) }, uow.Transaction, cancellationToken: ct)));
        }
        return result;
    }

    public Task InsertEventAsync(AssetEventRow row, CancellationToken ct) =>
        uow.Connection.ExecuteAsync(new CommandDefinition(
            $"INSERT INTO assets_event ({EventColumns}) VALUES (@Id, @AssetId, @Kind, @OrganId, @HolderStaffId, @RoomId, @ReservationId, @Note, @Principal, @OccurredAt)",
            new { row.Id, row.AssetId, Kind = row.Kind.ToString(), row.OrganId, row.HolderStaffId, row.RoomId, row.ReservationId, row.Note, row.Principal, row.OccurredAt },
            uow.Transaction, cancellationToken: ct));

    /// <summary>An asset's history, oldest first; an ordinary organ reads only the entries of its own holding.</summary>
    public Task<(IReadOnlyList<AssetEventRow> Rows, long Total)> EventsAsync(Guid assetId, PageRequest page, CancellationToken ct)
    {
        var where = new SqlFilter().Where("asset_id = @AssetId", "AssetId", assetId).Scoped(scope, "organ_id");
        return uow.PageAsync<AssetEventRow>(dialect, "assets_event", EventColumns, where, "ORDER BY occurred_at, id", page, ct);
    }

    private static DynamicParameters Parameters(AssetRow row) => new(new
    {
        row.Id, row.Tag, Category = row.Category.ToString(), row.Model, row.Manufacturer, row.Serial, row.PurchasedOn, row.PurchasePriceFen,
        row.WarrantyEndsOn, Status = row.Status.ToString(), row.RoomId, row.HolderOrganId, row.HolderStaffId, row.MissingStocktakeId,
        DisposalMethod = row.DisposalMethod?.ToString(), row.DisposedOn, row.DisposalReference, row.AppraisalReference, row.Version, row.CreatedAt, row.UpdatedAt,
    });

    /// <summary>Ids of the assets the organ holds (assigned to it; unscoped: dissolving an organ is the bureau's act).</summary>
    public async Task<IReadOnlyList<Guid>> HeldByAsync(Guid organId, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        return (await connection.QueryAsync<Guid>(new CommandDefinition(
            "SELECT id FROM assets_asset WHERE holder_organ_id = @OrganId AND status = @Assigned ORDER BY tag, id",
            new { OrganId = organId, Assigned = nameof(AssetStatus.Assigned) }, uow.Transaction, cancellationToken: ct))).AsList();
    }
}
