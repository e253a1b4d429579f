using Dapper;
using OrganAffairs.Contracts.Buildings;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Rules;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Buildings.Data;

/// <summary>A row of buildings_deadline_rule.</summary>
internal sealed class DeadlineRuleRow : IRuleRow
{
    public Guid Id { get; set; }
    public string Jurisdiction { get; set; } = "";
    public string Code { get; set; } = "";
    public int Months { get; set; }
    public DateOnly EffectiveFrom { get; set; }
    public DateOnly? EffectiveTo { get; set; }
    public string Source { get; set; } = "";
    public Guid? DocumentId { get; set; }

    /// <summary>The code is stored by name (<see cref="DeadlineRuleCode"/>).</summary>
    public DeadlineRuleResponse ToResponse() => new(Id, Jurisdiction, Enum.Parse<DeadlineRuleCode>(Code), Months, EffectiveFrom, EffectiveTo, Source, DocumentId);
}

/// <summary>A row of buildings_recovery_case.</summary>
internal sealed class RecoveryCaseRow
{
    public Guid Id { get; set; }
    public Guid EventId { get; set; }
    public Guid? AssignmentId { get; set; }
    public Guid AllocationId { get; set; }
    public Guid? StaffMemberId { get; set; }
    public Guid OrganId { get; set; }
    public Guid RoomId { get; set; }
    public RecoveryReason Reason { get; set; }
    public DateOnly EffectiveOn { get; set; }
    public DateOnly DueOn { get; set; }
    public Guid RuleId { get; set; }
    public RecoveryStatus Status { get; set; }
    public DateOnly? ClosedOn { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Overdue the day after the due date while still open.</summary>
    public RecoveryCaseResponse ToResponse(DateOnly today) => new(Id, AssignmentId, StaffMemberId, OrganId, RoomId, Reason, EffectiveOn, DueOn, RuleId, Status,
        ClosedOn, Status == RecoveryStatus.Open && today > DueOn, CreatedAt, AllocationId);
}

internal sealed record RecoveryFilter(Guid? OrganId, Guid? StaffMemberId, RecoveryStatus? Status, DateOnly? OverdueOn);

/// <summary>All SQL on buildings_deadline_rule and buildings_recovery_case.</summary>
internal sealed class RecoveryRepository(UnitOfWork uow, SqlDialect dialect, OrganScope scope)
{
    private const string RuleColumns = "id, jurisdiction, code, months, effective_from, effective_to, source, document_id";
    private const string Columns = "id, event_id, assignment_id, allocation_id, staff_member_id, organ_id, room_id, reason, effective_on, due_on, rule_id, status, closed_on, created_at, updated_at";

    public static readonly SortSpec Sort = new(new Dictionary<string, string>
    {
        ["dueOn"] = "due_on",
        ["createdAt"] = "created_at",
    }, "dueOn", "id");

    public async Task<IReadOnlyList<DeadlineRuleRow>> RulesAsync(DeadlineRuleCode? code, IReadOnlyCollection<string>? jurisdictions, CancellationToken ct)
    {
        var where = new SqlFilter().Where("code = @Code", "Code", code?.ToString());
        if (jurisdictions is { Count: > 0 })
        {
            where.Where(dialect.InList("jurisdiction", "@Jurisdictions"), "Jurisdictions", jurisdictions.ToArray());
        }
        var connection = await uow.ConnectionAsync(ct);
        return (await connection.QueryAsync<DeadlineRuleRow>(new CommandDefinition(
            $"SELECT {RuleColumns} FROM buildings_deadline_rule{where.Sql} ORDER BY code, jurisdiction, effective_from", where.Parameters, uow.Transaction, cancellationToken: ct))).AsList();
    }

    public async Task<DeadlineRuleRow?> RuleInForceAsync(DeadlineRuleCode code, string? divisionCode, DateOnly on, CancellationToken ct) =>
        RuleResolver.Resolve(await RulesAsync(code, Jurisdictions.ChainOf(divisionCode), ct), divisionCode, on);

    /// <summary>The versions of one deadline rule, for <see cref="RuleTable"/>.</summary>
    public RuleStore<DeadlineRuleRow> Rule(DeadlineRuleCode code) => new((jurisdictions, ct) => RulesAsync(code, jurisdictions, ct), SetRuleEndAsync, InsertRuleAsync);

    private Task InsertRuleAsync(DeadlineRuleRow row, CancellationToken ct) =>
        uow.Connection.ExecuteAsync(new CommandDefinition(
            $"INSERT INTO buildings_deadline_rule ({RuleColumns}) VALUES (@Id, @Jurisdiction, @Code, @Months, @EffectiveFrom, @EffectiveTo, @Source, @DocumentId)",
            row, uow.Transaction, cancellationToken: ct));

    private Task SetRuleEndAsync(Guid id, DateOnly? effectiveTo, CancellationToken ct) =>
        uow.Connection.ExecuteAsync(new CommandDefinition(
            "UPDATE buildings_deadline_rule SET effective_to = @EffectiveTo WHERE id = @Id", new { Id = id, EffectiveTo = effectiveTo }, uow.Transaction, cancellationToken: ct));

    public async Task<bool> AnyForEventAsync(Guid eventId, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM buildings_recovery_case WHERE event_id = @EventId", new { EventId = eventId }, uow.Transaction, cancellationToken: ct)) > 0;
    }

    public Task InsertAsync(RecoveryCaseRow row, CancellationToken ct) =>
        uow.Connection.ExecuteAsync(new CommandDefinition(
            $"""
            INSERT INTO buildings_recovery_case ({Columns})
            VALUES (@Id, @EventId, @AssignmentId, @AllocationId, @StaffMemberId, @OrganId, @RoomId, @Reason, @EffectiveOn, @DueOn, @RuleId, @Status, @ClosedOn, @CreatedAt, @UpdatedAt)
            """, new
            {
                row.Id, row.EventId, row.AssignmentId, row.AllocationId, row.StaffMemberId, row.OrganId, row.RoomId, Reason = row.Reason.ToString(), row.EffectiveOn, row.DueOn,
                row.RuleId, Status = row.Status.ToString(), row.ClosedOn, row.CreatedAt, row.UpdatedAt,
            }, uow.Transaction, cancellationToken: ct));

    public async Task<IReadOnlyList<RecoveryCaseRow>> OpenForAssignmentAsync(Guid assignmentId, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        return (await connection.QueryAsync<RecoveryCaseRow>(new CommandDefinition(
            $"SELECT {Columns} FROM buildings_recovery_case WHERE assignment_id = @AssignmentId AND status = @Open",
            new { AssignmentId = assignmentId, Open = "Open" }, uow.Transaction, cancellationToken: ct))).AsList();
    }

    /// <summary>The open cases of an allocation itself (over its organ's approved area), not those of the offices in its room.</summary>
    public async Task<IReadOnlyList<RecoveryCaseRow>> OpenForAllocationAsync(Guid allocationId, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        return (await connection.QueryAsync<RecoveryCaseRow>(new CommandDefinition(
            $"SELECT {Columns} FROM buildings_recovery_case WHERE allocation_id = @AllocationId AND assignment_id IS NULL AND status = @Open",
            new { AllocationId = allocationId, Open = "Open" }, uow.Transaction, cancellationToken: ct))).AsList();
    }

    /// <summary>Every open case past its due date on <paramref name="today"/>, whichever organ (the daily violation sweep).</summary>
    public async Task<IReadOnlyList<RecoveryCaseRow>> OverdueAsync(DateOnly today, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        return (await connection.QueryAsync<RecoveryCaseRow>(new CommandDefinition(
            $"SELECT {Columns} FROM buildings_recovery_case WHERE status = @Open AND due_on < @Today ORDER BY due_on, id",
            new { Open = "Open", Today = today }, uow.Transaction, cancellationToken: ct))).AsList();
    }

    public Task CloseAsync(Guid id, DateOnly closedOn, DateTimeOffset now, CancellationToken ct) =>
        uow.Connection.ExecuteAsync(new CommandDefinition(
            "UPDATE buildings_recovery_case SET status = @Closed, closed_on = @ClosedOn, updated_at = @Now WHERE id = @Id",
            new { Id = id, Closed = "Closed", ClosedOn = closedOn, Now = now }, uow.Transaction, cancellationToken: ct));

    public async Task<RecoveryCaseRow?> GetVisibleAsync(Guid id, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        var row = await connection.QuerySingleOrDefaultAsync<RecoveryCaseRow>(new CommandDefinition(
            $"SELECT {Columns} FROM buildings_recovery_case WHERE id = @Id", new { Id = id }, uow.Transaction, cancellationToken: ct));
        return row is not null && await scope.CanSeeAsync(row.OrganId, ct) ? row : null;
    }

    public Task<(IReadOnlyList<RecoveryCaseRow> Rows, long Total)> ListAsync(RecoveryFilter filter, PageRequest page, string orderBy, CancellationToken ct)
    {
        var where = new SqlFilter()
            .Where("organ_id = @OrganId", "OrganId", filter.OrganId)
            .Where("staff_member_id = @StaffMemberId", "StaffMemberId", filter.StaffMemberId)
            .Where("status = @Status", "Status", filter.Status?.ToString());
        if (filter.OverdueOn is { } today)
        {
            where.Where("status = @OpenStatus", "OpenStatus", "Open").Where("due_on < @Today", "Today", today);
        }
        where.Scoped(scope, "organ_id");
        return uow.PageAsync<RecoveryCaseRow>(dialect, "buildings_recovery_case", Columns, where, orderBy, page, ct);
    }
}
