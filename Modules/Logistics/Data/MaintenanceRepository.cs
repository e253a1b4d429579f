using Dapper;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Logistics.Data;

/// <summary>All SQL on logistics_maintenance_plan and logistics_plan_occurrence.</summary>
internal sealed class MaintenanceRepository(UnitOfWork uow, SqlDialect dialect, OrganScope scope)
{
    private const string Columns = "id, organ_id, requester_staff_member_id, room_id, service_item, priority, title, schedule, checklist, created_at";

    public async Task<MaintenancePlanRow?> GetVisibleAsync(Guid id, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        var row = await connection.QuerySingleOrDefaultAsync<MaintenancePlanRow>(new CommandDefinition(
            $"SELECT {Columns} FROM logistics_maintenance_plan WHERE id = @Id", new { Id = id }, uow.Transaction, cancellationToken: ct));
        return row is not null && await scope.CanSeeAsync(row.OrganId, ct) ? row : null;
    }

    public Task InsertAsync(MaintenancePlanRow row, CancellationToken ct) =>
        uow.Connection.ExecuteAsync(new CommandDefinition(
            $"INSERT INTO logistics_maintenance_plan ({Columns}) VALUES (@Id, @OrganId, @RequesterStaffMemberId, @RoomId, @ServiceItem, @Priority, @Title, @Schedule, @Checklist, @CreatedAt)",
            new { row.Id, row.OrganId, row.RequesterStaffMemberId, row.RoomId, row.ServiceItem, Priority = (int)row.Priority, row.Title, row.Schedule, row.Checklist, row.CreatedAt },
            uow.Transaction, cancellationToken: ct));

    /// <summary>
    /// The plans the caller may see, in the provider's key order (the generator runs as the bureau or the system): the
    /// occurrences it claims are then locked in (plan_id, due_at) order on every provider, so two runs cannot deadlock.
    /// </summary>
    public async Task<IReadOnlyList<MaintenancePlanRow>> ListVisibleAsync(CancellationToken ct)
    {
        var where = new SqlFilter().Scoped(scope, "organ_id");
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
}
