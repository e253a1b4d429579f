using Dapper;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Logistics.Data;

/// <summary>All SQL on logistics_maintenance_plan and logistics_plan_occurrence.</summary>
internal sealed class MaintenanceRepository(UnitOfWork uow, SqlDialect dialect, OrganScope scope)
{
    internal const string Columns =
        "id, organ_id, requester_staff_member_id, room_id, service_item, priority, title, schedule, checklist, created_at, target_kind, target_id, building_id, asset_id, " +
        "schedule_from, retired_at, retired_reason, version, updated_at";

    public static readonly SortSpec Sort = new(new Dictionary<string, string>
    {
        ["createdAt"] = "created_at",
        ["title"] = "title",
    }, "-createdAt", "id");

    public async Task<MaintenancePlanRow?> GetVisibleAsync(Guid id, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        var row = await connection.QuerySingleOrDefaultAsync<MaintenancePlanRow>(new CommandDefinition(
            $"SELECT {Columns} FROM logistics_maintenance_plan WHERE id = @Id", new { Id = id }, uow.Transaction, cancellationToken: ct));
        return row is not null && await scope.CanSeeAsync(row.OrganId, ct) ? row : null;
    }

    public Task InsertAsync(MaintenancePlanRow row, CancellationToken ct) =>
        uow.Connection.ExecuteAsync(new CommandDefinition(
            $"""
            INSERT INTO logistics_maintenance_plan ({Columns})
            VALUES (@Id, @OrganId, @RequesterStaffMemberId, @RoomId, @ServiceItem, @Priority, @Title, @Schedule, @Checklist, @CreatedAt, @TargetKind, @TargetId, @BuildingId, @AssetId,
                    @ScheduleFrom, @RetiredAt, @RetiredReason, @Version, @UpdatedAt)
            """, Parameters(row), uow.Transaction, cancellationToken: ct));

    /// <summary>Writes the editable parts and the retirement if the version is still the expected one.</summary>
    public async Task<bool> UpdateAsync(MaintenancePlanRow row, long expectedVersion, CancellationToken ct)
    {
        var parameters = Parameters(row);
        parameters.Add("ExpectedVersion", expectedVersion);
        return await uow.Connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE logistics_maintenance_plan SET title = @Title, schedule = @Schedule, checklist = @Checklist, schedule_from = @ScheduleFrom, retired_at = @RetiredAt,
                retired_reason = @RetiredReason, version = @Version, updated_at = @UpdatedAt
            WHERE id = @Id AND version = @ExpectedVersion
            """, parameters, uow.Transaction, cancellationToken: ct)) == 1;
    }

    public Task<(IReadOnlyList<MaintenancePlanRow> Rows, long Total)> ListAsync(MaintenancePlanFilter filter, PageRequest page, string orderBy, CancellationToken ct)
    {
        var where = new SqlFilter()
            .Where("organ_id = @OrganId", "OrganId", filter.OrganId)
            .Where("target_kind = @TargetKind", "TargetKind", filter.TargetKind?.ToString())
            .Where("target_id = @TargetId", "TargetId", filter.TargetId)
            .Where("building_id = @BuildingId", "BuildingId", filter.BuildingId)
            .Where("asset_id = @AssetId", "AssetId", filter.AssetId)
            .Scoped(scope, "organ_id");
        if (filter.Active is { } active)
        {
            where.Where(active ? "retired_at IS NULL" : "retired_at IS NOT NULL");
        }
        return uow.PageAsync<MaintenancePlanRow>(dialect, "logistics_maintenance_plan", Columns, where, orderBy, page, ct);
    }

    /// <summary>
    /// The active plans the caller may see (a retired plan generates nothing more), in the provider's key order (the generator runs as the bureau or the system): the
    /// occurrences it claims are then locked in (plan_id, due_at) order on every provider, so two runs cannot deadlock.
    /// </summary>
    public async Task<IReadOnlyList<MaintenancePlanRow>> ListVisibleAsync(CancellationToken ct)
    {
        var where = new SqlFilter().Where("retired_at IS NULL").Scoped(scope, "organ_id");
        var connection = await uow.ConnectionAsync(ct);
        var rows = await connection.QueryAsync<MaintenancePlanRow>(new CommandDefinition(
            $"SELECT {Columns} FROM logistics_maintenance_plan{where.Sql}", where.Parameters, uow.Transaction, cancellationToken: ct));
        return rows.OrderBy(r => r.Id, dialect.KeyOrder).ToList();
    }

    /// <summary>
    /// Claims an occurrence with the dialect's insert-if-absent on (plan_id, due_at): true for the one transaction that
    /// inserted it; a concurrent one waits for it and then finds the key taken.
    /// </summary>
    public async Task<bool> ClaimOccurrenceAsync(Guid id, Guid planId, DateTimeOffset dueAt, Guid workOrderId, CancellationToken ct) =>
        await uow.Connection.ExecuteAsync(new CommandDefinition(
            dialect.Upsert("logistics_plan_occurrence", ["plan_id", "due_at"], [], ["id", "work_order_id"]),
            new { Id = id, PlanId = planId, DueAt = dueAt, WorkOrderId = workOrderId }, uow.Transaction, cancellationToken: ct)) == 1;

    private static DynamicParameters Parameters(MaintenancePlanRow row) => new(new
    {
        row.Id, row.OrganId, row.RequesterStaffMemberId, row.RoomId, row.ServiceItem, Priority = (int)row.Priority, row.Title, row.Schedule, row.Checklist, row.CreatedAt,
        TargetKind = row.TargetKind.ToString(), row.TargetId, row.BuildingId, row.AssetId, row.ScheduleFrom, row.RetiredAt, row.RetiredReason, row.Version, row.UpdatedAt,
    });
}
