using Dapper;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Organs.Data;

/// <summary>All SQL on organs_staff and organs_post.</summary>
internal sealed class StaffRepository(UnitOfWork uow, SqlDialect dialect, OrganScope scope)
{
    private const string Columns = "id, name, organ_id, rank_code, status, status_effective_on, version, created_at, updated_at";
    private const string PostColumns = "id, staff_member_id, organ_id, is_primary, title, started_on, ended_on";
    private const string RankColumns = "id, staff_member_id, organ_id, rank_code, effective_from, effective_to";

    public static readonly SortSpec Sort = new(new Dictionary<string, string>
    {
        ["name"] = "name",
        ["rankCode"] = "rank_code",
        ["createdAt"] = "created_at",
    }, "name", "id");

    /// <summary>The staff member if they exist and the caller may see their organ; otherwise null.</summary>
    public async Task<StaffRow?> GetVisibleAsync(Guid id, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        var row = await connection.QuerySingleOrDefaultAsync<StaffRow>(new CommandDefinition(
            $"SELECT {Columns} FROM organs_staff WHERE id = @Id", new { Id = id }, uow.Transaction, cancellationToken: ct));
        return row is not null && await scope.CanSeeAsync(row.OrganId, ct) ? row : null;
    }

    public async Task<IReadOnlyList<PostRow>> PostsAsync(IReadOnlyCollection<Guid> staffIds, CancellationToken ct)
    {
        if (staffIds.Count == 0)
        {
            return [];
        }
        return await uow.QueryChunkedAsync<PostRow>(staffIds, chunk =>
            ($"SELECT {PostColumns} FROM organs_post WHERE {dialect.InList("staff_member_id", "@Ids")} ORDER BY staff_member_id, started_on, id", new { Ids = chunk }), ct);
    }

    /// <summary>Staff rows by id (unscoped: the caller filters), in chunks.</summary>
    public async Task<IReadOnlyList<StaffRow>> ByIdsAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct) =>
        ids.Count == 0 ? [] : await uow.QueryChunkedAsync<StaffRow>(ids, chunk =>
            ($"SELECT {Columns} FROM organs_staff WHERE {dialect.InList("id", "@Ids")}", new { Ids = chunk }), ct);

    /// <summary>The rank history of the members, in the organs the caller may see, in chunks.</summary>
    public async Task<IReadOnlyList<StaffRankRow>> RankHistoryAsync(IReadOnlyCollection<Guid> staffIds, CancellationToken ct) =>
        staffIds.Count == 0 ? [] : await uow.QueryChunkedAsync<StaffRankRow>(staffIds, chunk =>
        {
            var where = new SqlFilter().Where(dialect.InList("staff_member_id", "@Ids"), "Ids", chunk).Scoped(scope, "organ_id");
            return ($"SELECT {RankColumns} FROM organs_staff_rank{where.Sql} ORDER BY staff_member_id, effective_from", where.Parameters);
        }, ct);

    /// <summary>
    /// From <paramref name="from"/> the member holds <paramref name="rankCode"/> in <paramref name="organId"/>: the open history row
    /// ends the day before, or, when it starts on or after that day (a same-day correction), takes the new rank and organ.
    /// </summary>
    public async Task RecordRankAsync(Guid newId, Guid staffId, Guid organId, string rankCode, DateOnly from, CancellationToken ct)
    {
        var open = await OpenRankAsync(staffId, ct);
        if (open is not null && open.EffectiveFrom >= from)
        {
            await uow.Connection.ExecuteAsync(new CommandDefinition(
                "UPDATE organs_staff_rank SET organ_id = @OrganId, rank_code = @RankCode WHERE id = @Id", new { open.Id, OrganId = organId, RankCode = rankCode },
                uow.Transaction, cancellationToken: ct));
            return;
        }
        await EndRankAsync(staffId, from, ct);
        await uow.Connection.ExecuteAsync(new CommandDefinition(
            $"INSERT INTO organs_staff_rank ({RankColumns}) VALUES (@Id, @StaffMemberId, @OrganId, @RankCode, @EffectiveFrom, NULL)",
            new { Id = newId, StaffMemberId = staffId, OrganId = organId, RankCode = rankCode, EffectiveFrom = from }, uow.Transaction, cancellationToken: ct));
    }

    /// <summary>The member's open rank ends the day before <paramref name="from"/> (retirement, leaving, a new rank).</summary>
    public Task EndRankAsync(Guid staffId, DateOnly from, CancellationToken ct) =>
        uow.Connection.ExecuteAsync(new CommandDefinition(
            "UPDATE organs_staff_rank SET effective_to = @To WHERE staff_member_id = @Id AND effective_to IS NULL AND effective_from < @From",
            new { Id = staffId, To = from.AddDays(-1), From = from }, uow.Transaction, cancellationToken: ct));

    private async Task<StaffRankRow?> OpenRankAsync(Guid staffId, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<StaffRankRow>(new CommandDefinition(
            $"SELECT {RankColumns} FROM organs_staff_rank WHERE staff_member_id = @Id AND effective_to IS NULL", new { Id = staffId }, uow.Transaction, cancellationToken: ct));
    }

    public Task InsertAsync(StaffRow row, CancellationToken ct) =>
        uow.Connection.ExecuteAsync(new CommandDefinition(
            $"INSERT INTO organs_staff ({Columns}) VALUES (@Id, @Name, @OrganId, @RankCode, @Status, @StatusEffectiveOn, @Version, @CreatedAt, @UpdatedAt)",
            Parameters(row), uow.Transaction, cancellationToken: ct));

    public async Task<bool> UpdateAsync(StaffRow row, long expectedVersion, CancellationToken ct)
    {
        var parameters = Parameters(row);
        parameters.Add("ExpectedVersion", expectedVersion);
        return await uow.Connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE organs_staff SET name = @Name, organ_id = @OrganId, rank_code = @RankCode, status = @Status,
                status_effective_on = @StatusEffectiveOn, version = @Version, updated_at = @UpdatedAt
            WHERE id = @Id AND version = @ExpectedVersion
            """, parameters, uow.Transaction, cancellationToken: ct)) == 1;
    }

    public Task InsertPostAsync(PostRow post, CancellationToken ct) =>
        uow.Connection.ExecuteAsync(new CommandDefinition(
            $"INSERT INTO organs_post ({PostColumns}) VALUES (@Id, @StaffMemberId, @OrganId, @IsPrimary, @Title, @StartedOn, @EndedOn)",
            post, uow.Transaction, cancellationToken: ct));

    public Task UpdatePostAsync(PostRow post, CancellationToken ct) =>
        uow.Connection.ExecuteAsync(new CommandDefinition(
            "UPDATE organs_post SET title = @Title, ended_on = @EndedOn WHERE id = @Id",
            post, uow.Transaction, cancellationToken: ct));

    public Task<(IReadOnlyList<StaffRow> Rows, long Total)> ListAsync(StaffFilter filter, PageRequest page, string orderBy, CancellationToken ct)
    {
        var where = new SqlFilter()
            .Where("organ_id = @OrganId", "OrganId", filter.OrganId)
            .Where("status = @Status", "Status", filter.Status?.ToString())
            .Where("rank_code = @RankCode", "RankCode", filter.RankCode)
            .Where(@"name LIKE @Search ESCAPE '\'", "Search", PagedQueries.Contains(filter.Search))
            .Scoped(scope, "organ_id");
        return uow.PageAsync<StaffRow>(dialect, "organs_staff", Columns, where, orderBy, page, ct);
    }

    private static DynamicParameters Parameters(StaffRow row) => new(new
    {
        row.Id, row.Name, row.OrganId, row.RankCode, Status = row.Status.ToString(), row.StatusEffectiveOn, row.Version, row.CreatedAt, row.UpdatedAt,
    });

    /// <summary>Ids of the organ's active staff (unscoped: dissolving an organ is the bureau's act).</summary>
    public async Task<IReadOnlyList<Guid>> ActiveOfOrganAsync(Guid organId, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        return (await connection.QueryAsync<Guid>(new CommandDefinition(
            "SELECT id FROM organs_staff WHERE organ_id = @OrganId AND status = @Active ORDER BY name, id",
            new { OrganId = organId, Active = nameof(StaffStatus.Active) }, uow.Transaction, cancellationToken: ct))).AsList();
    }

    /// <summary>Per organ among <paramref name="organIds"/>, the staff whose rank history places them in it on <paramref name="on"/> (unscoped: the caller filters), in chunks.</summary>
    public async Task<IReadOnlyList<StaffCountRow>> InPostCountsAsync(IReadOnlyCollection<Guid> organIds, DateOnly on, CancellationToken ct) =>
        organIds.Count == 0 ? [] : await uow.QueryChunkedAsync<StaffCountRow>(organIds, chunk => (
            $"SELECT organ_id, COUNT(DISTINCT staff_member_id) AS staff FROM organs_staff_rank WHERE {dialect.InList("organ_id", "@Ids")} AND effective_from <= @On AND (effective_to IS NULL OR effective_to >= @On) GROUP BY organ_id",
            new { Ids = chunk, On = on }), ct);
}
