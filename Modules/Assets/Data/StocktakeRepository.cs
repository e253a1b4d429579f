using Dapper;
using OrganAffairs.Contracts.Assets;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Assets.Data;

/// <summary>All SQL on assets_stocktake and assets_stocktake_item.</summary>
internal sealed class StocktakeRepository(UnitOfWork uow, SqlDialect dialect, OrganScope scope)
{
    private const string Columns = "id, name, scope, organ_id, building_id, status, version, created_at, closed_at";
    private const string ItemColumns = "id, stocktake_id, asset_id, expected, expected_room_id, found_room_id, result, note, scanned_at";

    public static readonly SortSpec Sort = new(new Dictionary<string, string>
    {
        ["createdAt"] = "created_at",
        ["name"] = "name",
    }, "-createdAt", "id");

    /// <summary>An organ's campaign is visible to that organ; a building's campaign only to the bureau.</summary>
    public async Task<StocktakeRow?> GetVisibleAsync(Guid id, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        var row = await connection.QuerySingleOrDefaultAsync<StocktakeRow>(new CommandDefinition(
            $"SELECT {Columns} FROM assets_stocktake WHERE id = @Id", new { Id = id }, uow.Transaction, cancellationToken: ct));
        return row is not null && await scope.CanSeeAsync(row.OrganId, ct) ? row : null;
    }

    /// <summary>Takes the stock-take's row lock: scans and the closing of one campaign queue here.</summary>
    public Task LockAsync(Guid id, CancellationToken ct) =>
        dialect.LockRowAsync(uow, "assets_stocktake", id, ct);

    public Task InsertAsync(StocktakeRow row, CancellationToken ct) =>
        uow.Connection.ExecuteAsync(new CommandDefinition(
            $"INSERT INTO assets_stocktake ({Columns}) VALUES (@Id, @Name, @Scope, @OrganId, @BuildingId, @Status, @Version, @CreatedAt, @ClosedAt)",
            new { row.Id, row.Name, Scope = row.Scope.ToString(), row.OrganId, row.BuildingId, Status = row.Status.ToString(), row.Version, row.CreatedAt, row.ClosedAt },
            uow.Transaction, cancellationToken: ct));

    public async Task<bool> CloseAsync(StocktakeRow row, long expectedVersion, CancellationToken ct) =>
        await uow.Connection.ExecuteAsync(new CommandDefinition(
            "UPDATE assets_stocktake SET status = @Status, closed_at = @ClosedAt, version = @Version WHERE id = @Id AND version = @ExpectedVersion",
            new { row.Id, Status = row.Status.ToString(), row.ClosedAt, row.Version, ExpectedVersion = expectedVersion }, uow.Transaction, cancellationToken: ct)) == 1;

    public Task<(IReadOnlyList<StocktakeRow> Rows, long Total)> ListAsync(StocktakeStatus? status, Guid? organId, PageRequest page, string orderBy, CancellationToken ct)
    {
        var where = new SqlFilter()
            .Where("status = @Status", "Status", status?.ToString())
            .Where("organ_id = @OrganId", "OrganId", organId)
            .Scoped(scope, "organ_id");
        return uow.PageAsync<StocktakeRow>(dialect, "assets_stocktake", Columns, where, orderBy, page, ct);
    }

    public Task InsertItemsAsync(IEnumerable<StocktakeItemRow> rows, CancellationToken ct) =>
        uow.Connection.ExecuteAsync(new CommandDefinition(
            $"INSERT INTO assets_stocktake_item ({ItemColumns}) VALUES (@Id, @StocktakeId, @AssetId, @Expected, @ExpectedRoomId, @FoundRoomId, @Result, @Note, @ScannedAt)",
            rows.Select(r => new { r.Id, r.StocktakeId, r.AssetId, r.Expected, r.ExpectedRoomId, r.FoundRoomId, Result = r.Result.ToString(), r.Note, r.ScannedAt }).ToArray(),
            uow.Transaction, cancellationToken: ct));

    public Task UpdateItemAsync(StocktakeItemRow row, CancellationToken ct) =>
        uow.Connection.ExecuteAsync(new CommandDefinition(
            "UPDATE assets_stocktake_item SET found_room_id = @FoundRoomId, result = @Result, note = @Note, scanned_at = @ScannedAt WHERE id = @Id",
            new { row.Id, row.FoundRoomId, Result = row.Result.ToString(), row.Note, row.ScannedAt }, uow.Transaction, cancellationToken: ct));

    /// <summary>The lines of a stock-take with each asset's tag, category and model, ordered by tag.</summary>
    public async Task<IReadOnlyList<StocktakeItemRow>> ItemsAsync(Guid stocktakeId, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        return (await connection.QueryAsync<StocktakeItemRow>(new CommandDefinition(
            """
            SELECT i.id, i.stocktake_id, i.asset_id, i.expected, i.expected_room_id, i.found_room_id, i.result, i.note, i.scanned_at, a.tag, a.category, a.model
            FROM assets_stocktake_item i JOIN assets_asset a ON a.id = i.asset_id
            WHERE i.stocktake_id = @Id ORDER BY a.tag, i.id
            """, new { Id = stocktakeId }, uow.Transaction, cancellationToken: ct))).AsList();
    }
}
