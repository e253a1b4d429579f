using Dapper;
using OrganAffairs.Contracts.Logistics;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Logistics.Data;

/// <summary>An open work order as the open-orders report reads it.</summary>
internal sealed class OpenOrderRow
{
    public Guid Id { get; set; }
    public Guid OrganId { get; set; }
    public Guid? BuildingId { get; set; }
    public Guid RoomId { get; set; }
    public ServiceCategory Category { get; set; }
    public WorkOrderPriority Priority { get; set; }
    public DateTimeOffset RaisedAt { get; set; }
    public DateTimeOffset? RespondDueAt { get; set; }
    public DateTimeOffset? OnSiteAt { get; set; }
    public DateTimeOffset? ResolveDueAt { get; set; }
}

/// <summary>A work order as the SLA report reads it.</summary>
internal sealed class SlaOrderRow
{
    public Guid? ContractId { get; set; }
    public ServiceCategory Category { get; set; }
    public DateTimeOffset RaisedAt { get; set; }
    public int? RespondMinutes { get; set; }
    public DateTimeOffset? RespondDueAt { get; set; }
    public DateTimeOffset? OnSiteAt { get; set; }
    public bool RespondBreached { get; set; }
    public int? ResolveMinutes { get; set; }
    public DateTimeOffset? ResolveDueAt { get; set; }
    public DateTimeOffset? ResolvedAt { get; set; }
    public bool ResolveBreached { get; set; }
}

/// <summary>A closed work order under a contract, as the satisfaction report reads it.</summary>
internal sealed class RatedOrderRow
{
    public Guid ContractId { get; set; }
    public DateTimeOffset ClosedAt { get; set; }
    public int? Rating { get; set; }
}

/// <summary>A survey answer with its survey's provider.</summary>
internal sealed class ProviderAnswerRow
{
    public string ProviderCreditCode { get; set; } = "";
    public Guid SurveyId { get; set; }
    public DateOnly Month { get; set; }
    public string Scores { get; set; } = "";
}

/// <summary>A plan occurrence with the status of the order raised for it.</summary>
internal sealed class OccurrenceRow
{
    public Guid PlanId { get; set; }
    public DateTimeOffset DueAt { get; set; }
    public string Status { get; set; } = "";
}

/// <summary>A provider's name on one of its contracts.</summary>
internal sealed class ProviderNameRow
{
    public string ProviderCreditCode { get; set; } = "";
    public string ProviderName { get; set; } = "";
}

/// <summary>The reports' SQL (reads only).</summary>
internal sealed class ReportRepository(UnitOfWork uow, OrganScope scope)
{
    /// <summary>The open orders (raised, triaged, assigned, on site, on hold) the caller may see, optionally of one organ.</summary>
    public async Task<IReadOnlyList<OpenOrderRow>> OpenOrdersAsync(Guid? organId, CancellationToken ct)
    {
        var where = new SqlFilter()
            .Where("status <> @Resolved", "Resolved", nameof(WorkOrderStatus.Resolved))
            .Where("status <> @Closed", "Closed", nameof(WorkOrderStatus.Closed))
            .Where("status <> @Cancelled", "Cancelled", nameof(WorkOrderStatus.Cancelled))
            .Where("organ_id = @OrganId", "OrganId", organId)
            .Scoped(scope, "organ_id");
        var connection = await uow.ConnectionAsync(ct);
        return (await connection.QueryAsync<OpenOrderRow>(new CommandDefinition(
            $"SELECT id, organ_id, building_id, room_id, category, priority, raised_at, respond_due_at, on_site_at, resolve_due_at FROM logistics_work_order{where.Sql} ORDER BY raised_at, id",
            where.Parameters, uow.Transaction, cancellationToken: ct))).AsList();
    }

    /// <summary>Work orders of every organ raised in [from, to), cancelled ones excluded (the bureau's report).</summary>
    public async Task<IReadOnlyList<SlaOrderRow>> SlaOrdersAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        return (await connection.QueryAsync<SlaOrderRow>(new CommandDefinition(
            """
            SELECT contract_id, category, raised_at, respond_minutes, respond_due_at, on_site_at, respond_breached, resolve_minutes, resolve_due_at, resolved_at, resolve_breached
            FROM logistics_work_order
            WHERE raised_at >= @From AND raised_at < @To AND status <> @Cancelled
            ORDER BY raised_at, id
            """, new { From = from, To = to, Cancelled = nameof(WorkOrderStatus.Cancelled) }, uow.Transaction, cancellationToken: ct))).AsList();
    }

    /// <summary>Work orders of every organ assigned under a contract and closed in [from, to).</summary>
    public async Task<IReadOnlyList<RatedOrderRow>> ClosedUnderContractsAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        return (await connection.QueryAsync<RatedOrderRow>(new CommandDefinition(
            """
            SELECT contract_id, closed_at, rating FROM logistics_work_order
            WHERE contract_id IS NOT NULL AND status = @Closed AND closed_at >= @From AND closed_at < @To
            ORDER BY closed_at, id
            """, new { From = from, To = to, Closed = nameof(WorkOrderStatus.Closed) }, uow.Transaction, cancellationToken: ct))).AsList();
    }

    /// <summary>Survey answers of the months [first, last] (first days) with their surveys' providers.</summary>
    public async Task<IReadOnlyList<ProviderAnswerRow>> AnswersAsync(DateOnly first, DateOnly last, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        return (await connection.QueryAsync<ProviderAnswerRow>(new CommandDefinition(
            """
            SELECT s.provider_credit_code, r.survey_id, r.month, r.scores
            FROM logistics_survey_response r JOIN logistics_survey s ON s.id = r.survey_id
            WHERE r.month >= @First AND r.month <= @Last
            ORDER BY r.month, r.id
            """, new { First = first, Last = last }, uow.Transaction, cancellationToken: ct))).AsList();
    }

    /// <summary>Every provider's names, oldest contract first (the latest name wins).</summary>
    public async Task<IReadOnlyList<ProviderNameRow>> ProviderNamesAsync(CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        return (await connection.QueryAsync<ProviderNameRow>(new CommandDefinition(
            "SELECT provider_credit_code, provider_name FROM logistics_contract ORDER BY created_at, id", null, uow.Transaction, cancellationToken: ct))).AsList();
    }

    /// <summary>The plans the caller may see (any organ for the bureau).</summary>
    public async Task<IReadOnlyList<MaintenancePlanRow>> PlansAsync(Guid? organId, CancellationToken ct)
    {
        var where = new SqlFilter().Where("organ_id = @OrganId", "OrganId", organId).Scoped(scope, "organ_id");
        var connection = await uow.ConnectionAsync(ct);
        return (await connection.QueryAsync<MaintenancePlanRow>(new CommandDefinition(
            $"SELECT {MaintenanceRepository.Columns} FROM logistics_maintenance_plan{where.Sql} ORDER BY created_at, id",
            where.Parameters, uow.Transaction, cancellationToken: ct))).AsList();
    }

    /// <summary>The occurrences due in [from, to) of the plans the caller may see, with their orders' statuses.</summary>
    public async Task<IReadOnlyList<OccurrenceRow>> OccurrencesAsync(Guid? organId, DateTimeOffset from, DateTimeOffset to, CancellationToken ct)
    {
        var where = new SqlFilter()
            .Where("o.due_at >= @From", "From", from)
            .Where("o.due_at < @To", "To", to)
            .Where("p.organ_id = @OrganId", "OrganId", organId)
            .Scoped(scope, "p.organ_id");
        var connection = await uow.ConnectionAsync(ct);
        return (await connection.QueryAsync<OccurrenceRow>(new CommandDefinition(
            $"""
            SELECT o.plan_id, o.due_at, w.status
            FROM logistics_plan_occurrence o
            JOIN logistics_maintenance_plan p ON p.id = o.plan_id
            JOIN logistics_work_order w ON w.id = o.work_order_id{where.Sql}
            ORDER BY o.plan_id, o.due_at
            """, where.Parameters, uow.Transaction, cancellationToken: ct))).AsList();
    }
}
