using Dapper;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Logistics.Data;

/// <summary>All SQL on logistics_work_order and its history.</summary>
internal sealed class WorkOrderRepository(UnitOfWork uow, SqlDialect dialect, OrganScope scope)
{
    private const string Columns =
        "id, organ_id, requester_staff_member_id, room_id, division_code, service_item, category, priority, description, status, held_from, assignee, hold_reason, rating, rating_comment, raised_at, on_site_at, resolved_at, closed_at, reopen_count, " +
        "sla_policy_id, sla_basis, respond_minutes, resolve_minutes, respond_due_at, resolve_due_at, respond_breached, resolve_breached, version, updated_at, contract_id, cost_fen, asset_id, building_id";

    private const string EventColumns = "id, work_order_id, position, action, from_status, to_status, staff_member_id, principal, note, at";

    public static readonly SortSpec Sort = new(new Dictionary<string, string>
    {
        ["raisedAt"] = "raised_at",
        ["priority"] = "priority",
    }, "-raisedAt", "id");

    public async Task<WorkOrderRow?> GetVisibleAsync(Guid id, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        var row = await connection.QuerySingleOrDefaultAsync<WorkOrderRow>(new CommandDefinition(
            $"SELECT {Columns} FROM logistics_work_order WHERE id = @Id", new { Id = id }, uow.Transaction, cancellationToken: ct));
        return row is not null && await scope.CanSeeAsync(row.OrganId, ct) ? row : null;
    }

    public Task InsertAsync(WorkOrderRow row, CancellationToken ct) =>
        uow.Connection.ExecuteAsync(new CommandDefinition(
            $"""
            INSERT INTO logistics_work_order ({Columns})
            VALUES (@Id, @OrganId, @RequesterStaffMemberId, @RoomId, @DivisionCode, @ServiceItem, @Category, @Priority, @Description, @Status, @HeldFrom, @Assignee, @HoldReason, @Rating,
                    @RatingComment, @RaisedAt, @OnSiteAt, @ResolvedAt, @ClosedAt, @ReopenCount, @SlaPolicyId, @SlaBasis, @RespondMinutes, @ResolveMinutes,
                    @RespondDueAt, @ResolveDueAt, @RespondBreached, @ResolveBreached, @Version, @UpdatedAt, @ContractId, @CostFen, @AssetId, @BuildingId)
            """, Parameters(row), uow.Transaction, cancellationToken: ct));

    /// <summary>Writes the work order if its version is still the expected one.</summary>
    public async Task<bool> UpdateAsync(WorkOrderRow row, long expectedVersion, CancellationToken ct)
    {
        var parameters = Parameters(row);
        parameters.Add("ExpectedVersion", expectedVersion);
        return await uow.Connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE logistics_work_order SET service_item = @ServiceItem, category = @Category, priority = @Priority, description = @Description, status = @Status, held_from = @HeldFrom,
                assignee = @Assignee, hold_reason = @HoldReason, rating = @Rating, rating_comment = @RatingComment, on_site_at = @OnSiteAt,
                resolved_at = @ResolvedAt, closed_at = @ClosedAt, reopen_count = @ReopenCount, sla_policy_id = @SlaPolicyId, sla_basis = @SlaBasis,
                respond_minutes = @RespondMinutes, resolve_minutes = @ResolveMinutes, respond_due_at = @RespondDueAt, resolve_due_at = @ResolveDueAt,
                respond_breached = @RespondBreached, resolve_breached = @ResolveBreached, version = @Version, updated_at = @UpdatedAt, contract_id = @ContractId, cost_fen = @CostFen
            WHERE id = @Id AND version = @ExpectedVersion
            """, parameters, uow.Transaction, cancellationToken: ct)) == 1;
    }

    public Task<(IReadOnlyList<WorkOrderRow> Rows, long Total)> ListAsync(WorkOrderFilter filter, PageRequest page, string orderBy, CancellationToken ct)
    {
        var where = new SqlFilter()
            .Where("organ_id = @OrganId", "OrganId", filter.OrganId)
            .Where("status = @Status", "Status", filter.Status?.ToString())
            .Where("category = @Category", "Category", filter.Category?.ToString())
            .Where("priority = @Priority", "Priority", (int?)filter.Priority)
            .Where("room_id = @RoomId", "RoomId", filter.RoomId)
            .Where("asset_id = @AssetId", "AssetId", filter.AssetId)
            .Scoped(scope, "organ_id");
        return uow.PageAsync<WorkOrderRow>(dialect, "logistics_work_order", Columns, where, orderBy, page, ct);
    }

    /// <summary>Open orders (any organ: the sweep runs as the system) past a deadline whose breach is not recorded yet.</summary>
    public async Task<IReadOnlyList<WorkOrderRow>> OverdueAsync(DateTimeOffset now, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        return (await connection.QueryAsync<WorkOrderRow>(new CommandDefinition(
            $"""
            SELECT {Columns} FROM logistics_work_order
            WHERE status <> @Closed AND status <> @Cancelled
              AND ((respond_due_at < @Now AND on_site_at IS NULL AND respond_breached = @No)
                OR (resolve_due_at < @Now AND resolved_at IS NULL AND resolve_breached = @No))
            ORDER BY id
            """, new { Now = now, Closed = "Closed", Cancelled = "Cancelled", No = false }, uow.Transaction, cancellationToken: ct))).AsList();
    }

    public async Task<IReadOnlyList<WorkOrderEventRow>> HistoryAsync(Guid workOrderId, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        return (await connection.QueryAsync<WorkOrderEventRow>(new CommandDefinition(
            $"SELECT {EventColumns} FROM logistics_work_order_event WHERE work_order_id = @Id ORDER BY position",
            new { Id = workOrderId }, uow.Transaction, cancellationToken: ct))).AsList();
    }

    /// <summary>The history's next position: the order's version numbers its entries (one entry per version, under the version check).</summary>
    public Task InsertEventAsync(WorkOrderEventRow row, CancellationToken ct) =>
        uow.Connection.ExecuteAsync(new CommandDefinition(
            $"""
            INSERT INTO logistics_work_order_event ({EventColumns})
            VALUES (@Id, @WorkOrderId, @Position, @Action, @FromStatus, @ToStatus, @StaffMemberId, @Principal, @Note, @At)
            """,
            new
            {
                row.Id, row.WorkOrderId, row.Position, Action = row.Action.ToString(), FromStatus = row.FromStatus.ToString(), ToStatus = row.ToStatus.ToString(),
                row.StaffMemberId, row.Principal, row.Note, row.At,
            }, uow.Transaction, cancellationToken: ct));

    private static DynamicParameters Parameters(WorkOrderRow row) => new(new
    {
        row.Id, row.OrganId, row.RequesterStaffMemberId, row.RoomId, row.DivisionCode, row.ServiceItem, Category = row.Category.ToString(), Priority = (int)row.Priority, row.Description,
        Status = row.Status.ToString(), HeldFrom = row.HeldFrom?.ToString(), row.Assignee, row.HoldReason, row.Rating, row.RatingComment, row.RaisedAt,
        row.OnSiteAt, row.ResolvedAt, row.ClosedAt, row.ReopenCount, row.SlaPolicyId, SlaBasis = row.SlaBasis?.ToString(), row.RespondMinutes,
        row.ResolveMinutes, row.RespondDueAt, row.ResolveDueAt, row.RespondBreached, row.ResolveBreached, row.Version, row.UpdatedAt, row.ContractId, row.CostFen, row.AssetId, row.BuildingId,
    });
}
