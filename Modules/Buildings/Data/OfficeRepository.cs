using Dapper;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Rules;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Buildings.Data;

/// <summary>All SQL on buildings_office_standard and buildings_assignment.</summary>
internal sealed class OfficeRepository(UnitOfWork uow, SqlDialect dialect, OrganScope scope)
{
    private const string StandardColumns = "id, jurisdiction, level, rank_code, area_centi, effective_from, effective_to, source, document_id";
    private const string Columns =
        "id, room_id, staff_member_id, organ_id, allocation_id, is_second_office, started_on, released_on, release_reason, status, version, created_at, updated_at, over_standard, exception_approval_reference, "
        + "concurrent_post_rank_code, second_office_reason, second_office_approval_reference";
    private const string CountColumns = "id, jurisdiction, primary_organ_offices, max_offices, effective_from, effective_to, source, document_id";

    public static readonly SortSpec Sort = new(new Dictionary<string, string>
    {
        ["startedOn"] = "started_on",
        ["createdAt"] = "created_at",
    }, "-startedOn", "id");

    public async Task<IReadOnlyList<OfficeStandardRow>> StandardsAsync(AdministrativeLevel? level, IReadOnlyCollection<string>? jurisdictions, CancellationToken ct)
    {
        var where = new SqlFilter().Where("level = @Level", "Level", level?.ToString());
        if (jurisdictions is { Count: > 0 })
        {
            where.Where(dialect.InList("jurisdiction", "@Jurisdictions"), "Jurisdictions", jurisdictions.ToArray());
        }
        var connection = await uow.ConnectionAsync(ct);
        return (await connection.QueryAsync<OfficeStandardRow>(new CommandDefinition(
            $"SELECT {StandardColumns} FROM buildings_office_standard{where.Sql} ORDER BY level, area_centi DESC, rank_code, jurisdiction, effective_from",
            where.Parameters, uow.Transaction, cancellationToken: ct))).AsList();
    }

    /// <summary>The versions of the office count rule in the given jurisdictions (all when null).</summary>
    public async Task<IReadOnlyList<OfficeCountRuleRow>> CountRulesAsync(IReadOnlyCollection<string>? jurisdictions, CancellationToken ct)
    {
        var where = new SqlFilter();
        if (jurisdictions is { Count: > 0 })
        {
            where.Where(dialect.InList("jurisdiction", "@Jurisdictions"), "Jurisdictions", jurisdictions.ToArray());
        }
        var connection = await uow.ConnectionAsync(ct);
        return (await connection.QueryAsync<OfficeCountRuleRow>(new CommandDefinition(
            $"SELECT {CountColumns} FROM buildings_office_count_rule{where.Sql} ORDER BY jurisdiction, effective_from", where.Parameters, uow.Transaction, cancellationToken: ct))).AsList();
    }

    /// <summary>The versions of the office count rule, for <see cref="RuleTable"/>.</summary>
    public RuleStore<OfficeCountRuleRow> CountRule() => new((jurisdictions, ct) => CountRulesAsync(jurisdictions, ct), SetCountRuleEndAsync, InsertCountRuleAsync);

    private Task InsertCountRuleAsync(OfficeCountRuleRow row, CancellationToken ct) =>
        uow.Connection.ExecuteAsync(new CommandDefinition(
            $"INSERT INTO buildings_office_count_rule ({CountColumns}) VALUES (@Id, @Jurisdiction, @PrimaryOrganOffices, @MaxOffices, @EffectiveFrom, @EffectiveTo, @Source, @DocumentId)",
            row, uow.Transaction, cancellationToken: ct));

    private Task SetCountRuleEndAsync(Guid id, DateOnly? effectiveTo, CancellationToken ct) =>
        uow.Connection.ExecuteAsync(new CommandDefinition(
            "UPDATE buildings_office_count_rule SET effective_to = @EffectiveTo WHERE id = @Id", new { Id = id, EffectiveTo = effectiveTo }, uow.Transaction, cancellationToken: ct));

    /// <summary>The versions of the standard of one rank (level and rank code), for <see cref="RuleTable"/>.</summary>
    public RuleStore<OfficeStandardRow> Standard(AdministrativeLevel level, string rankCode) => new(
        async (jurisdictions, ct) => (await StandardsAsync(level, jurisdictions, ct)).Where(v => v.RankCode == rankCode).ToList(), SetStandardEndAsync, InsertStandardAsync);

    private Task InsertStandardAsync(OfficeStandardRow row, CancellationToken ct) =>
        uow.Connection.ExecuteAsync(new CommandDefinition(
            $"INSERT INTO buildings_office_standard ({StandardColumns}) VALUES (@Id, @Jurisdiction, @Level, @RankCode, @AreaCenti, @EffectiveFrom, @EffectiveTo, @Source, @DocumentId)",
            new { row.Id, row.Jurisdiction, Level = row.Level.ToString(), row.RankCode, row.AreaCenti, row.EffectiveFrom, row.EffectiveTo, row.Source, row.DocumentId },
            uow.Transaction, cancellationToken: ct));

    private Task SetStandardEndAsync(Guid id, DateOnly? effectiveTo, CancellationToken ct) =>
        uow.Connection.ExecuteAsync(new CommandDefinition(
            "UPDATE buildings_office_standard SET effective_to = @EffectiveTo WHERE id = @Id", new { Id = id, EffectiveTo = effectiveTo }, uow.Transaction, cancellationToken: ct));

    /// <summary>
    /// Serialises office changes of one person inside the transaction: touch their occupant row (id =
    /// staff member id), creating it on first use. A parallel first insert loses with a unique violation.
    /// </summary>
    public async Task LockOccupantAsync(Guid staffMemberId, CancellationToken ct)
    {
        if (!await dialect.LockRowAsync(uow, "buildings_occupant", staffMemberId, ct))
        {
            await uow.Connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO buildings_occupant (id) VALUES (@Id)", new { Id = staffMemberId }, uow.Transaction, cancellationToken: ct));
        }
    }

    public async Task<AssignmentRow?> GetVisibleAsync(Guid id, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        var row = await connection.QuerySingleOrDefaultAsync<AssignmentRow>(new CommandDefinition(
            $"SELECT {Columns} FROM buildings_assignment WHERE id = @Id", new { Id = id }, uow.Transaction, cancellationToken: ct));
        return row is not null && await scope.CanSeeAsync(row.OrganId, ct) ? row : null;
    }

    /// <summary>Active assignments by staff member, room or allocation (unscoped: rules need them all).</summary>
    public async Task<IReadOnlyList<AssignmentRow>> ActiveAsync(Guid? staffMemberId, Guid? roomId, Guid? allocationId, CancellationToken ct)
    {
        var where = new SqlFilter()
            .Where("status = @Active", "Active", "Active")
            .Where("staff_member_id = @StaffMemberId", "StaffMemberId", staffMemberId)
            .Where("room_id = @RoomId", "RoomId", roomId)
            .Where("allocation_id = @AllocationId", "AllocationId", allocationId);
        var connection = await uow.ConnectionAsync(ct);
        return (await connection.QueryAsync<AssignmentRow>(new CommandDefinition(
            $"SELECT {Columns} FROM buildings_assignment{where.Sql} ORDER BY started_on, id", where.Parameters, uow.Transaction, cancellationToken: ct))).AsList();
    }

    /// <summary>Every assignment in use on a date in the given rooms, or of the caller's visible organs when rooms is null.</summary>
    public async Task<IReadOnlyList<AssignmentRow>> OnDateAsync(DateOnly on, Guid? organId, IReadOnlyCollection<Guid>? roomIds, CancellationToken ct)
    {
        SqlFilter InUse() => new SqlFilter()
            .Where("started_on <= @On", "On", on)
            .Where("(released_on IS NULL OR released_on > @On)")
            .Where("organ_id = @OrganId", "OrganId", organId);
        string Select(SqlFilter where) => $"SELECT {Columns} FROM buildings_assignment{where.Sql} ORDER BY room_id, started_on, id";
        if (roomIds is not null)
        {
            return await uow.QueryChunkedAsync<AssignmentRow>(roomIds, chunk =>
            {
                var where = InUse().Where(dialect.InList("room_id", "@Ids"), "Ids", chunk);
                return (Select(where), where.Parameters);
            }, ct);
        }
        var visible = InUse().Scoped(scope, "organ_id");
        var connection = await uow.ConnectionAsync(ct);
        return (await connection.QueryAsync<AssignmentRow>(new CommandDefinition(Select(visible), visible.Parameters, uow.Transaction, cancellationToken: ct))).AsList();
    }

    public Task InsertAsync(AssignmentRow row, CancellationToken ct) =>
        uow.Connection.ExecuteAsync(new CommandDefinition(
            $"""
            INSERT INTO buildings_assignment ({Columns})
            VALUES (@Id, @RoomId, @StaffMemberId, @OrganId, @AllocationId, @IsSecondOffice, @StartedOn, @ReleasedOn, @ReleaseReason, @Status, @Version, @CreatedAt, @UpdatedAt, @OverStandard, @ExceptionApprovalReference,
                    @ConcurrentPostRankCode, @SecondOfficeReason, @SecondOfficeApprovalReference)
            """, Parameters(row), uow.Transaction, cancellationToken: ct));

    public async Task<bool> UpdateAsync(AssignmentRow row, long expectedVersion, CancellationToken ct)
    {
        var parameters = Parameters(row);
        parameters.Add("ExpectedVersion", expectedVersion);
        return await uow.Connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE buildings_assignment SET released_on = @ReleasedOn, release_reason = @ReleaseReason, status = @Status, version = @Version, updated_at = @UpdatedAt
            WHERE id = @Id AND version = @ExpectedVersion
            """, parameters, uow.Transaction, cancellationToken: ct)) == 1;
    }

    public Task<(IReadOnlyList<AssignmentRow> Rows, long Total)> ListAsync(AssignmentFilter filter, PageRequest page, string orderBy, CancellationToken ct)
    {
        var where = new SqlFilter()
            .Where("organ_id = @OrganId", "OrganId", filter.OrganId)
            .Where("staff_member_id = @StaffMemberId", "StaffMemberId", filter.StaffMemberId)
            .Where("room_id = @RoomId", "RoomId", filter.RoomId)
            .Where("status = @Status", "Status", filter.Status?.ToString())
            .Scoped(scope, "organ_id");
        return uow.PageAsync<AssignmentRow>(dialect, "buildings_assignment", Columns, where, orderBy, page, ct);
    }

    private static DynamicParameters Parameters(AssignmentRow row) => new(new
    {
        row.Id, row.RoomId, row.StaffMemberId, row.OrganId, row.AllocationId, row.IsSecondOffice, row.StartedOn, row.ReleasedOn, row.ReleaseReason,
        Status = row.Status.ToString(), row.Version, row.CreatedAt, row.UpdatedAt, row.OverStandard, row.ExceptionApprovalReference,
        row.ConcurrentPostRankCode, row.SecondOfficeReason, row.SecondOfficeApprovalReference,
    });
}
