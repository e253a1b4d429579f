using Dapper;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Organs.Data;

/// <summary>
/// All SQL on organs_organ and organs_headcount. Enums are stored as their names. Every insert and
/// update of an organ also writes its entry in Shared's organ directory, in the same transaction.
/// </summary>
internal sealed class OrganRepository(UnitOfWork uow, SqlDialect dialect, OrganScope scope, OrganDirectory directory)
{
    private const string Columns =
        "id, name, short_name, division_code, uscc, uscc_check_overridden, uscc_override_reason, level, organ_type, parent_id, status, dissolved_on, dissolve_reason, is_bureau, version, created_at, updated_at";

    public static readonly SortSpec Sort = new(new Dictionary<string, string>
    {
        ["name"] = "name",
        ["divisionCode"] = "division_code",
        ["createdAt"] = "created_at",
        ["updatedAt"] = "updated_at",
    }, "name", "id");

    public async Task<OrganRow?> GetAsync(Guid id, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<OrganRow>(new CommandDefinition(
            $"SELECT {Columns} FROM organs_organ WHERE id = @Id", new { Id = id }, uow.Transaction, cancellationToken: ct));
    }

    /// <summary>The organs among <paramref name="ids"/> that exist and the caller may see, in chunks under every provider's parameter limit.</summary>
    public async Task<IReadOnlyList<OrganRow>> GetVisibleManyAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        var rows = new List<OrganRow>(ids.Count);
        foreach (var chunk in ids.Distinct().Chunk(SqlDialect.MaxListItems))
        {
            rows.AddRange(await connection.QueryAsync<OrganRow>(new CommandDefinition(
                $"SELECT {Columns} FROM organs_organ WHERE {dialect.InList("id", "@Ids")}", new { Ids = chunk }, uow.Transaction, cancellationToken: ct)));
        }
        return await scope.VisibleAsync(rows, r => r.Id, ct);
    }

    /// <summary>The organ if it exists and the caller may see it; otherwise null, the same for both.</summary>
    public async Task<OrganRow?> GetVisibleAsync(Guid id, CancellationToken ct)
    {
        var row = await GetAsync(id, ct);
        return row is not null && await scope.CanSeeAsync(row.Id, ct) ? row : null;
    }

    public async Task<Guid?> FindByUsccAsync(string uscc, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        return await connection.ExecuteScalarAsync<Guid?>(new CommandDefinition(
            "SELECT id FROM organs_organ WHERE uscc = @Uscc", new { Uscc = uscc }, uow.Transaction, cancellationToken: ct));
    }

    public async Task InsertAsync(OrganRow row, CancellationToken ct)
    {
        await uow.Connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO organs_organ (id, name, short_name, division_code, uscc, uscc_check_overridden, uscc_override_reason, level, organ_type, parent_id, status, dissolved_on, dissolve_reason, is_bureau, version, created_at, updated_at)
            VALUES (@Id, @Name, @ShortName, @DivisionCode, @Uscc, @UsccCheckOverridden, @UsccOverrideReason, @Level, @OrganType, @ParentId, @Status, @DissolvedOn, @DissolveReason, @IsBureau, @Version, @CreatedAt, @UpdatedAt)
            """, Parameters(row), uow.Transaction, cancellationToken: ct));
        await directory.AddAsync(row.Id, row.DivisionCode, row.Status, row.IsBureau, ct);
    }

    /// <summary>Writes the row if its version is still <paramref name="expectedVersion"/>; false when another change came first.</summary>
    public async Task<bool> UpdateAsync(OrganRow row, long expectedVersion, CancellationToken ct)
    {
        var parameters = Parameters(row);
        parameters.Add("ExpectedVersion", expectedVersion);
        var changed = await uow.Connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE organs_organ SET name = @Name, short_name = @ShortName, division_code = @DivisionCode, level = @Level,
                organ_type = @OrganType, parent_id = @ParentId, status = @Status, dissolved_on = @DissolvedOn,
                dissolve_reason = @DissolveReason, is_bureau = @IsBureau, version = @Version, updated_at = @UpdatedAt
            WHERE id = @Id AND version = @ExpectedVersion
            """, parameters, uow.Transaction, cancellationToken: ct));
        if (changed != 1)
        {
            return false;
        }
        await directory.ChangeAsync(row.Id, row.DivisionCode, row.Status, row.IsBureau, ct);
        return true;
    }

    public async Task<IReadOnlyList<HeadcountRow>> HeadcountAsync(IReadOnlyCollection<Guid> organIds, CancellationToken ct)
    {
        if (organIds.Count == 0)
        {
            return [];
        }
        return await uow.QueryChunkedAsync<HeadcountRow>(organIds, chunk =>
            ($"SELECT organ_id, rank_code, approved FROM organs_headcount WHERE {dialect.InList("organ_id", "@Ids")} ORDER BY organ_id, rank_code", new { Ids = chunk }), ct);
    }

    public async Task ReplaceHeadcountAsync(Guid organId, IEnumerable<HeadcountItem> items, CancellationToken ct)
    {
        await uow.Connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM organs_headcount WHERE organ_id = @OrganId", new { OrganId = organId }, uow.Transaction, cancellationToken: ct));
        await InsertHeadcountAsync(organId, items, ct);
    }

    /// <summary>Adds headcount rows; no statement at all for an empty list.</summary>
    public async Task InsertHeadcountAsync(Guid organId, IEnumerable<HeadcountItem> items, CancellationToken ct)
    {
        var rows = items.Select(i => new { OrganId = organId, i.RankCode, i.Approved }).ToArray();
        if (rows.Length > 0)
        {
            await uow.Connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO organs_headcount (organ_id, rank_code, approved) VALUES (@OrganId, @RankCode, @Approved)",
                rows, uow.Transaction, cancellationToken: ct));
        }
    }

    public Task<(IReadOnlyList<OrganRow> Rows, long Total)> ListAsync(OrganFilter filter, PageRequest page, string orderBy, CancellationToken ct)
    {
        var where = new SqlFilter()
            .Where("level = @Level", "Level", filter.Level?.ToString())
            .Where("organ_type = @Type", "Type", filter.Type?.ToString())
            .Where("parent_id = @ParentId", "ParentId", filter.ParentId)
            .Where("status = @Status", "Status", filter.Status?.ToString())
            .Where(@"(name LIKE @Search ESCAPE '\' OR short_name LIKE @Search ESCAPE '\')", "Search", PagedQueries.Contains(filter.Search))
            .Scoped(scope, "id");
        return uow.PageAsync<OrganRow>(dialect, "organs_organ", Columns, where, orderBy, page, ct);
    }

    /// <summary>Serialises hierarchy changes: the row lock is held until the transaction ends.</summary>
    public Task LockHierarchyAsync(CancellationToken ct) =>
        uow.Connection.ExecuteAsync(new CommandDefinition(
            "UPDATE organs_hierarchy_lock SET version = version + 1 WHERE id = 1", transaction: uow.Transaction, cancellationToken: ct));

    public async Task<long> CountActiveChildrenAsync(Guid id, CancellationToken ct) =>
        await uow.Connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM organs_organ WHERE parent_id = @Id AND status = @Active",
            new { Id = id, Active = nameof(OrganStatus.Active) }, uow.Transaction, cancellationToken: ct));

    /// <summary>
    /// The children of the given organs, ordered by name and id within each chunk of
    /// <see cref="SqlDialect.MaxListItems"/> parents (a level of the hierarchy can be wider than one
    /// SQL Server command may carry parameters).
    /// </summary>
    public async Task<IReadOnlyList<OrganRow>> ChildrenAsync(IReadOnlyCollection<Guid> parentIds, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        var children = new List<OrganRow>();
        foreach (var chunk in parentIds.Chunk(SqlDialect.MaxListItems))
        {
            children.AddRange(await connection.QueryAsync<OrganRow>(new CommandDefinition(
                $"SELECT {Columns} FROM organs_organ WHERE {dialect.InList("parent_id", "@Ids")} ORDER BY name, id",
                new { Ids = chunk }, uow.Transaction, cancellationToken: ct)));
        }
        return children;
    }

    public async Task<Guid?> ParentOfAsync(Guid id, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        return await connection.ExecuteScalarAsync<Guid?>(new CommandDefinition(
            "SELECT parent_id FROM organs_organ WHERE id = @Id", new { Id = id }, uow.Transaction, cancellationToken: ct));
    }

    private static DynamicParameters Parameters(OrganRow row)
    {
        var p = new DynamicParameters(new
        {
            row.Id, row.Name, row.ShortName, row.DivisionCode, row.Uscc, row.UsccCheckOverridden, row.UsccOverrideReason,
            Level = row.Level.ToString(), OrganType = row.OrganType.ToString(), row.ParentId, Status = row.Status.ToString(),
            row.DissolvedOn, row.DissolveReason, row.IsBureau, row.Version, row.CreatedAt, row.UpdatedAt,
        });
        return p;
    }
}
