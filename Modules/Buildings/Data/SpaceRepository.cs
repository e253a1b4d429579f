using Dapper;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Http;

namespace OrganAffairs.Buildings.Data;

/// <summary>All SQL on buildings_building, buildings_floor and buildings_room. Space is the bureau's and visible to every reader.</summary>
internal sealed class SpaceRepository(UnitOfWork uow, SqlDialect dialect)
{
    private const string BuildingColumns =
        "id, code, name, address, ownership, title_registered, gross_area_centi, year_built, status, retired_on, retire_reason, version, created_at, updated_at";
    private const string FloorColumns = "id, building_id, label, level, status, retired_on";
    private const string RoomColumns =
        "id, building_id, floor_id, number, room_type, usable_area_centi, capacity, bookable, requires_approval, status, retired_on, retire_reason, version, created_at, updated_at";

    public static readonly SortSpec BuildingSort = new(new Dictionary<string, string>
    {
        ["code"] = "code",
        ["name"] = "name",
        ["yearBuilt"] = "year_built",
        ["createdAt"] = "created_at",
    }, "code", "id");

    public static readonly SortSpec RoomSort = new(new Dictionary<string, string>
    {
        ["number"] = "number",
        ["usableArea"] = "usable_area_centi",
        ["capacity"] = "capacity",
        ["createdAt"] = "created_at",
    }, "number", "id");

    public async Task<BuildingRow?> GetBuildingAsync(Guid id, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<BuildingRow>(new CommandDefinition(
            $"SELECT {BuildingColumns} FROM buildings_building WHERE id = @Id", new { Id = id }, uow.Transaction, cancellationToken: ct));
    }

    public Task InsertBuildingAsync(BuildingRow row, CancellationToken ct) =>
        uow.Connection.ExecuteAsync(new CommandDefinition(
            $"""
            INSERT INTO buildings_building ({BuildingColumns})
            VALUES (@Id, @Code, @Name, @Address, @Ownership, @TitleRegistered, @GrossAreaCenti, @YearBuilt, @Status, @RetiredOn, @RetireReason, @Version, @CreatedAt, @UpdatedAt)
            """, BuildingParameters(row), uow.Transaction, cancellationToken: ct));

    public async Task<bool> UpdateBuildingAsync(BuildingRow row, long expectedVersion, CancellationToken ct)
    {
        var parameters = BuildingParameters(row);
        parameters.Add("ExpectedVersion", expectedVersion);
        return await uow.Connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE buildings_building SET name = @Name, address = @Address, ownership = @Ownership, title_registered = @TitleRegistered,
                gross_area_centi = @GrossAreaCenti, year_built = @YearBuilt, status = @Status, retired_on = @RetiredOn, retire_reason = @RetireReason,
                version = @Version, updated_at = @UpdatedAt
            WHERE id = @Id AND version = @ExpectedVersion
            """, parameters, uow.Transaction, cancellationToken: ct)) == 1;
    }

    public Task<(IReadOnlyList<BuildingRow> Rows, long Total)> ListBuildingsAsync(BuildingFilter filter, PageRequest page, string orderBy, CancellationToken ct)
    {
        var where = new SqlFilter()
            .Where("status = @Status", "Status", filter.Status?.ToString())
            .Where("ownership = @Ownership", "Ownership", filter.Ownership?.ToString())
            .Where(@"(name LIKE @Search ESCAPE '\' OR code LIKE @Search ESCAPE '\')", "Search", PagedQueries.Contains(filter.Search));
        return uow.PageAsync<BuildingRow>(dialect, "buildings_building", BuildingColumns, where, orderBy, page, ct);
    }

    public async Task<FloorRow?> GetFloorAsync(Guid id, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<FloorRow>(new CommandDefinition(
            $"SELECT {FloorColumns} FROM buildings_floor WHERE id = @Id", new { Id = id }, uow.Transaction, cancellationToken: ct));
    }

    public async Task<IReadOnlyList<FloorRow>> FloorsAsync(Guid buildingId, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        return (await connection.QueryAsync<FloorRow>(new CommandDefinition(
            $"SELECT {FloorColumns} FROM buildings_floor WHERE building_id = @BuildingId ORDER BY level, label, id",
            new { BuildingId = buildingId }, uow.Transaction, cancellationToken: ct))).AsList();
    }

    public Task InsertFloorAsync(FloorRow row, CancellationToken ct) =>
        uow.Connection.ExecuteAsync(new CommandDefinition(
            $"INSERT INTO buildings_floor ({FloorColumns}) VALUES (@Id, @BuildingId, @Label, @Level, @Status, @RetiredOn)",
            new { row.Id, row.BuildingId, row.Label, row.Level, Status = row.Status.ToString(), row.RetiredOn }, uow.Transaction, cancellationToken: ct));

    public Task RetireFloorsAsync(Guid buildingId, DateOnly retiredOn, CancellationToken ct) =>
        uow.Connection.ExecuteAsync(new CommandDefinition(
            "UPDATE buildings_floor SET status = @Status, retired_on = @RetiredOn WHERE building_id = @BuildingId AND status = @Active",
            new { BuildingId = buildingId, RetiredOn = retiredOn, Status = "Retired", Active = "Active" }, uow.Transaction, cancellationToken: ct));

    public async Task<RoomRow?> GetRoomAsync(Guid id, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<RoomRow>(new CommandDefinition(
            $"SELECT {RoomColumns} FROM buildings_room WHERE id = @Id", new { Id = id }, uow.Transaction, cancellationToken: ct));
    }

    public async Task<IReadOnlyList<RoomRow>> RoomsAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        if (ids.Count == 0)
        {
            return [];
        }
        return await uow.QueryChunkedAsync<RoomRow>(ids, chunk => ($"SELECT {RoomColumns} FROM buildings_room WHERE {dialect.InList("id", "@Ids")}", new { Ids = chunk }), ct);
    }

    public async Task<IReadOnlyList<RoomRow>> RoomsOfBuildingAsync(Guid buildingId, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        return (await connection.QueryAsync<RoomRow>(new CommandDefinition(
            $"SELECT {RoomColumns} FROM buildings_room WHERE building_id = @BuildingId ORDER BY number, id",
            new { BuildingId = buildingId }, uow.Transaction, cancellationToken: ct))).AsList();
    }

    /// <summary>Active bookable rooms with at least the given capacity (optionally in one building).</summary>
    public async Task<IReadOnlyList<RoomRow>> BookableRoomsAsync(Guid? buildingId, int minCapacity, CancellationToken ct)
    {
        var where = new SqlFilter()
            .Where("status = @Active", "Active", "Active")
            .Where("bookable = @Bookable", "Bookable", true)
            .Where("capacity >= @MinCapacity", "MinCapacity", minCapacity)
            .Where("building_id = @BuildingId", "BuildingId", buildingId);
        var connection = await uow.ConnectionAsync(ct);
        return (await connection.QueryAsync<RoomRow>(new CommandDefinition(
            $"SELECT {RoomColumns} FROM buildings_room{where.Sql} ORDER BY building_id, number, id", where.Parameters, uow.Transaction, cancellationToken: ct))).AsList();
    }

    public Task InsertRoomAsync(RoomRow row, CancellationToken ct) =>
        uow.Connection.ExecuteAsync(new CommandDefinition(
            $"""
            INSERT INTO buildings_room ({RoomColumns})
            VALUES (@Id, @BuildingId, @FloorId, @Number, @RoomType, @UsableAreaCenti, @Capacity, @Bookable, @RequiresApproval, @Status, @RetiredOn, @RetireReason, @Version, @CreatedAt, @UpdatedAt)
            """, RoomParameters(row), uow.Transaction, cancellationToken: ct));

    public async Task<bool> UpdateRoomAsync(RoomRow row, long expectedVersion, CancellationToken ct)
    {
        var parameters = RoomParameters(row);
        parameters.Add("ExpectedVersion", expectedVersion);
        return await uow.Connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE buildings_room SET number = @Number, room_type = @RoomType, usable_area_centi = @UsableAreaCenti, capacity = @Capacity,
                bookable = @Bookable, requires_approval = @RequiresApproval, status = @Status, retired_on = @RetiredOn, retire_reason = @RetireReason,
                version = @Version, updated_at = @UpdatedAt
            WHERE id = @Id AND version = @ExpectedVersion
            """, parameters, uow.Transaction, cancellationToken: ct)) == 1;
    }

    public async Task<long> CountActiveRoomsAsync(Guid buildingId, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM buildings_room WHERE building_id = @BuildingId AND status = @Active",
            new { BuildingId = buildingId, Active = "Active" }, uow.Transaction, cancellationToken: ct));
    }

    /// <summary>
    /// Serialises writers of one room inside the current transaction (bookings, allocations): an UPDATE that
    /// touches the row blocks concurrent transactions until commit. Returns whether the room exists.
    /// </summary>
    public Task<bool> LockRoomAsync(Guid roomId, CancellationToken ct) => dialect.LockRowAsync(uow, "buildings_room", roomId, ct);

    /// <summary>
    /// Serialises retiring a building with adding floors and rooms to it: each takes the building's row
    /// lock before it reads the state it checks, so a room cannot appear in a building being retired.
    /// Returns whether the building exists.
    /// </summary>
    public Task<bool> LockBuildingAsync(Guid buildingId, CancellationToken ct) => dialect.LockRowAsync(uow, "buildings_building", buildingId, ct);

    public Task<(IReadOnlyList<RoomRow> Rows, long Total)> ListRoomsAsync(RoomFilter filter, PageRequest page, string orderBy, CancellationToken ct)
    {
        var where = new SqlFilter()
            .Where("building_id = @BuildingId", "BuildingId", filter.BuildingId)
            .Where("floor_id = @FloorId", "FloorId", filter.FloorId)
            .Where("room_type = @RoomType", "RoomType", filter.Type?.ToString())
            .Where("bookable = @Bookable", "Bookable", filter.Bookable)
            .Where("status = @Status", "Status", filter.Status?.ToString());
        return uow.PageAsync<RoomRow>(dialect, "buildings_room", RoomColumns, where, orderBy, page, ct);
    }

    private static DynamicParameters BuildingParameters(BuildingRow row) => new(new
    {
        row.Id, row.Code, row.Name, row.Address, Ownership = row.Ownership.ToString(), row.TitleRegistered, row.GrossAreaCenti, row.YearBuilt,
        Status = row.Status.ToString(), row.RetiredOn, row.RetireReason, row.Version, row.CreatedAt, row.UpdatedAt,
    });

    private static DynamicParameters RoomParameters(RoomRow row) => new(new
    {
        row.Id, row.BuildingId, row.FloorId, row.Number, RoomType = row.RoomType.ToString(), row.UsableAreaCenti, row.Capacity, row.Bookable,
        row.RequiresApproval, Status = row.Status.ToString(), row.RetiredOn, row.RetireReason, row.Version, row.CreatedAt, row.UpdatedAt,
    });
}
