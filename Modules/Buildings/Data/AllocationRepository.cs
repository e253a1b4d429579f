using Dapper;
using OrganAffairs.Contracts.Buildings;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Rules;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Buildings.Data;

/// <summary>All SQL on buildings_allocation and buildings_approved_area.</summary>
internal sealed class AllocationRepository(UnitOfWork uow, SqlDialect dialect, OrganScope scope)
{
    private const string Columns =
        "id, room_id, organ_id, route, agreement_number, certificate_number, effective_from, released_on, release_reason, status, version, created_at, updated_at, over_approved_area, exception_approval_reference";
    private const string ApprovedColumns = "id, organ_id, office_area_centi, approval_reference, effective_from, effective_to, created_at";

    public static readonly SortSpec Sort = new(new Dictionary<string, string>
    {
        ["effectiveFrom"] = "effective_from",
        ["createdAt"] = "created_at",
    }, "-effectiveFrom", "id");

    public async Task<AllocationRow?> GetVisibleAsync(Guid id, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        var row = await connection.QuerySingleOrDefaultAsync<AllocationRow>(new CommandDefinition(
            $"SELECT {Columns} FROM buildings_allocation WHERE id = @Id", new { Id = id }, uow.Transaction, cancellationToken: ct));
        return row is not null && await scope.CanSeeAsync(row.OrganId, ct) ? row : null;
    }

    /// <summary>The room's active allocation, whoever holds it (callers decide what to reveal).</summary>
    public async Task<AllocationRow?> ActiveForRoomAsync(Guid roomId, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<AllocationRow>(new CommandDefinition(
            $"SELECT {Columns} FROM buildings_allocation WHERE room_id = @RoomId AND status = @Active",
            new { RoomId = roomId, Active = "Active" }, uow.Transaction, cancellationToken: ct));
    }

    /// <summary>Every allocation of the organs (all when null) that may hold rooms on or after a date.</summary>
    public async Task<IReadOnlyList<AllocationRow>> OfOrgansAsync(IReadOnlyCollection<Guid>? organIds, CancellationToken ct)
    {
        return await OfOrgansAsync<AllocationRow>(organIds, where => $"SELECT {Columns} FROM buildings_allocation{where} ORDER BY organ_id, effective_from, id", ct);
    }

    public Task InsertAsync(AllocationRow row, CancellationToken ct) =>
        uow.Connection.ExecuteAsync(new CommandDefinition(
            $"""
            INSERT INTO buildings_allocation ({Columns})
            VALUES (@Id, @RoomId, @OrganId, @Route, @AgreementNumber, @CertificateNumber, @EffectiveFrom, @ReleasedOn, @ReleaseReason, @Status, @Version, @CreatedAt, @UpdatedAt, @OverApprovedArea, @ExceptionApprovalReference)
            """, Parameters(row), uow.Transaction, cancellationToken: ct));

    public async Task<bool> UpdateAsync(AllocationRow row, long expectedVersion, CancellationToken ct)
    {
        var parameters = Parameters(row);
        parameters.Add("ExpectedVersion", expectedVersion);
        return await uow.Connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE buildings_allocation SET released_on = @ReleasedOn, release_reason = @ReleaseReason, status = @Status, version = @Version, updated_at = @UpdatedAt
            WHERE id = @Id AND version = @ExpectedVersion
            """, parameters, uow.Transaction, cancellationToken: ct)) == 1;
    }

    public Task<(IReadOnlyList<AllocationRow> Rows, long Total)> ListAsync(AllocationFilter filter, PageRequest page, string orderBy, CancellationToken ct)
    {
        var where = new SqlFilter()
            .Where("organ_id = @OrganId", "OrganId", filter.OrganId)
            .Where("room_id = @RoomId", "RoomId", filter.RoomId)
            .Where("status = @Status", "Status", filter.Status?.ToString())
            .Scoped(scope, "organ_id");
        return uow.PageAsync<AllocationRow>(dialect, "buildings_allocation", Columns, where, orderBy, page, ct);
    }

    public async Task<IReadOnlyList<ApprovedAreaRow>> ApprovedAreasAsync(IReadOnlyCollection<Guid>? organIds, CancellationToken ct)
    {
        return await OfOrgansAsync<ApprovedAreaRow>(organIds, where => $"SELECT {ApprovedColumns} FROM buildings_approved_area{where} ORDER BY organ_id, effective_from", ct);
    }

    /// <summary>Rows of the given organs (every visible organ's when null), in chunks of organ ids; <paramref name="select"/> takes the WHERE clause.</summary>
    private async Task<IReadOnlyList<T>> OfOrgansAsync<T>(IReadOnlyCollection<Guid>? organIds, Func<string, string> select, CancellationToken ct)
    {
        if (organIds is null)
        {
            var all = new SqlFilter().Scoped(scope, "organ_id");
            var connection = await uow.ConnectionAsync(ct);
            return (await connection.QueryAsync<T>(new CommandDefinition(select(all.Sql), all.Parameters, uow.Transaction, cancellationToken: ct))).AsList();
        }
        return await uow.QueryChunkedAsync<T>(organIds, chunk =>
        {
            var where = new SqlFilter().Where(dialect.InList("organ_id", "@Ids"), "Ids", chunk).Scoped(scope, "organ_id");
            return (select(where.Sql), where.Parameters);
        }, ct);
    }

    /// <summary>Serialises the allocations checked against one approved-area version (taken after the room's lock).</summary>
    public Task<bool> LockApprovedAreaAsync(Guid id, CancellationToken ct) => dialect.LockRowAsync(uow, "buildings_approved_area", id, ct);

    /// <summary>The versions of one organ's approved area, for <see cref="RuleTable"/>.</summary>
    public RuleStore<ApprovedAreaRow> ApprovedArea(Guid organId) => new((_, ct) => ApprovedAreasAsync([organId], ct), SetApprovedAreaEndAsync, InsertApprovedAreaAsync);

    private Task InsertApprovedAreaAsync(ApprovedAreaRow row, CancellationToken ct) =>
        uow.Connection.ExecuteAsync(new CommandDefinition(
            $"INSERT INTO buildings_approved_area ({ApprovedColumns}) VALUES (@Id, @OrganId, @OfficeAreaCenti, @ApprovalReference, @EffectiveFrom, @EffectiveTo, @CreatedAt)",
            row, uow.Transaction, cancellationToken: ct));

    private Task SetApprovedAreaEndAsync(Guid id, DateOnly? effectiveTo, CancellationToken ct) =>
        uow.Connection.ExecuteAsync(new CommandDefinition(
            "UPDATE buildings_approved_area SET effective_to = @EffectiveTo WHERE id = @Id", new { Id = id, EffectiveTo = effectiveTo }, uow.Transaction, cancellationToken: ct));

    private static DynamicParameters Parameters(AllocationRow row) => new(new
    {
        row.Id, row.RoomId, row.OrganId, Route = row.Route.ToString(), row.AgreementNumber, row.CertificateNumber, row.EffectiveFrom, row.ReleasedOn,
        row.ReleaseReason, Status = row.Status.ToString(), row.Version, row.CreatedAt, row.UpdatedAt, row.OverApprovedArea, row.ExceptionApprovalReference,
    });

    /// <summary>Active allocations of one organ (unscoped: dissolving an organ is the bureau's act).</summary>
    public async Task<IReadOnlyList<AllocationRow>> ActiveOfOrganAsync(Guid organId, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        return (await connection.QueryAsync<AllocationRow>(new CommandDefinition(
            $"SELECT {Columns} FROM buildings_allocation WHERE organ_id = @OrganId AND status = @Active ORDER BY effective_from, id",
            new { OrganId = organId, Active = nameof(HoldingStatus.Active) }, uow.Transaction, cancellationToken: ct))).AsList();
    }

    /// <summary>Hands an allocation to another organ (划转 of a dissolved organ's space); false when it changed meanwhile.</summary>
    public async Task<bool> HandOverAsync(AllocationRow row, long expectedVersion, CancellationToken ct) =>
        await uow.Connection.ExecuteAsync(new CommandDefinition(
            "UPDATE buildings_allocation SET organ_id = @OrganId, version = @Version, updated_at = @UpdatedAt WHERE id = @Id AND version = @ExpectedVersion",
            new { row.Id, row.OrganId, row.Version, row.UpdatedAt, ExpectedVersion = expectedVersion }, uow.Transaction, cancellationToken: ct)) == 1;
}
