using Dapper;
using OrganAffairs.Contracts.Buildings;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Buildings.Data;

/// <summary>A row of buildings_room_use.</summary>
internal sealed class RoomUseRow
{
    public Guid Id { get; set; }
    public Guid RoomId { get; set; }
    public Guid AllocationId { get; set; }
    public Guid OrganId { get; set; }
    public RoomUseKind Kind { get; set; }
    public string UserName { get; set; } = "";
    public DateOnly StartsOn { get; set; }
    public DateOnly? EndsOn { get; set; }
    public string ApprovalReference { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>In use at some time between the two dates (inclusive).</summary>
    public bool Overlaps(DateOnly from, DateOnly to) => StartsOn <= to && (EndsOn is null || EndsOn >= from);

    public RoomUseResponse ToResponse() => new(Id, RoomId, AllocationId, OrganId, Kind, UserName, StartsOn, EndsOn, ApprovalReference, CreatedAt);
}

internal sealed record RoomUseFilter(Guid? OrganId, Guid? RoomId);

/// <summary>All SQL on buildings_room_use.</summary>
internal sealed class RoomUseRepository(UnitOfWork uow, SqlDialect dialect, OrganScope scope)
{
    private const string Columns = "id, room_id, allocation_id, organ_id, kind, user_name, starts_on, ends_on, approval_reference, created_at";

    public static readonly SortSpec Sort = new(new Dictionary<string, string>
    {
        ["startsOn"] = "starts_on",
        ["createdAt"] = "created_at",
    }, "-startsOn", "id");

    public Task InsertAsync(RoomUseRow row, CancellationToken ct) =>
        uow.Connection.ExecuteAsync(new CommandDefinition(
            $"INSERT INTO buildings_room_use ({Columns}) VALUES (@Id, @RoomId, @AllocationId, @OrganId, @Kind, @UserName, @StartsOn, @EndsOn, @ApprovalReference, @CreatedAt)",
            new { row.Id, row.RoomId, row.AllocationId, row.OrganId, Kind = row.Kind.ToString(), row.UserName, row.StartsOn, row.EndsOn, row.ApprovalReference, row.CreatedAt },
            uow.Transaction, cancellationToken: ct));

    public Task<(IReadOnlyList<RoomUseRow> Rows, long Total)> ListAsync(RoomUseFilter filter, PageRequest page, string orderBy, CancellationToken ct)
    {
        var where = new SqlFilter()
            .Where("organ_id = @OrganId", "OrganId", filter.OrganId)
            .Where("room_id = @RoomId", "RoomId", filter.RoomId)
            .Scoped(scope, "organ_id");
        return uow.PageAsync<RoomUseRow>(dialect, "buildings_room_use", Columns, where, orderBy, page, ct);
    }

    /// <summary>The uses of the given allocations (for the publication), in chunks of ids.</summary>
    public async Task<IReadOnlyList<RoomUseRow>> OfAllocationsAsync(IReadOnlyCollection<Guid> allocationIds, CancellationToken ct) =>
        await uow.QueryChunkedAsync<RoomUseRow>(allocationIds, chunk =>
        {
            var where = new SqlFilter().Where(dialect.InList("allocation_id", "@Ids"), "Ids", chunk).Scoped(scope, "organ_id");
            return ($"SELECT {Columns} FROM buildings_room_use{where.Sql} ORDER BY starts_on, id", where.Parameters);
        }, ct);
}
