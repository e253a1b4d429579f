using Dapper;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Energy.Data;

/// <summary>Public institutions (energy_institution) and their yearly statistics (energy_statistics).</summary>
internal sealed class InstitutionRepository(UnitOfWork uow, SqlDialect dialect, OrganScope scope)
{
    private const string Columns = "id, organ_id, name, directory_code, version, created_at, updated_at";

    public static readonly SortSpec Sort = new(new Dictionary<string, string>
    {
        ["name"] = "name",
        ["directoryCode"] = "directory_code",
        ["createdAt"] = "created_at",
    }, "name", "id");

    public Task InsertAsync(InstitutionRow row, CancellationToken ct) =>
        uow.Connection.ExecuteAsync(new CommandDefinition(
            $"INSERT INTO energy_institution ({Columns}) VALUES (@Id, @OrganId, @Name, @DirectoryCode, @Version, @CreatedAt, @UpdatedAt)",
            row, uow.Transaction, cancellationToken: ct));

    public async Task<InstitutionRow?> GetVisibleAsync(Guid id, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        var row = await connection.QuerySingleOrDefaultAsync<InstitutionRow>(new CommandDefinition(
            $"SELECT {Columns} FROM energy_institution WHERE id = @Id", new { Id = id }, uow.Transaction, cancellationToken: ct));
        return row is not null && await scope.CanSeeAsync(row.OrganId, ct) ? row : null;
    }

    /// <summary>The institution of an organ, whoever asks (events from other modules carry the organ).</summary>
    public async Task<InstitutionRow?> GetByOrganAsync(Guid organId, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<InstitutionRow>(new CommandDefinition(
            $"SELECT {Columns} FROM energy_institution WHERE organ_id = @OrganId", new { OrganId = organId }, uow.Transaction, cancellationToken: ct));
    }

    /// <summary>The visible institutions of the given organs (chunked under the parameter limit).</summary>
    /// <summary>The visible institutions of every organ of a jurisdiction (<see cref="OrganScope.JurisdictionPatternOfAsync"/>).</summary>
    public async Task<IReadOnlyList<InstitutionRow>> InJurisdictionAsync(string likePattern, CancellationToken ct)
    {
        var where = new SqlFilter().Where(OrganScope.InJurisdiction("organ_id", "@JurisdictionPattern"), "JurisdictionPattern", likePattern).Scoped(scope, "organ_id");
        var connection = await uow.ConnectionAsync(ct);
        return (await connection.QueryAsync<InstitutionRow>(new CommandDefinition(
            $"SELECT {Columns} FROM energy_institution{where.Sql}", where.Parameters, uow.Transaction, cancellationToken: ct))).AsList();
    }

    public async Task<IReadOnlyList<InstitutionRow>> OfOrgansAsync(IReadOnlyCollection<Guid> organIds, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        var result = new List<InstitutionRow>();
        foreach (var chunk in organIds.Chunk(SqlDialect.MaxListItems))
        {
            result.AddRange(await connection.QueryAsync<InstitutionRow>(new CommandDefinition(
                $"SELECT {Columns} FROM energy_institution WHERE {dialect.InList("organ_id", "@OrganIds")}",
                new { OrganIds = chunk }, uow.Transaction, cancellationToken: ct)));
        }
        return (await scope.VisibleAsync(result, r => r.OrganId, ct)).OrderBy(r => r.Name, StringComparer.Ordinal).ToList();
    }

    public Task<(IReadOnlyList<InstitutionRow> Rows, long Total)> ListAsync(Guid? organId, string? search, PageRequest page, string orderBy, CancellationToken ct)
    {
        var where = new SqlFilter()
            .Where("organ_id = @OrganId", "OrganId", organId)
            .Where(@"(name LIKE @Search ESCAPE '\' OR directory_code LIKE @Search ESCAPE '\')", "Search", PagedQueries.Contains(search))
            .Scoped(scope, "organ_id");
        return uow.PageAsync<InstitutionRow>(dialect, "energy_institution", Columns, where, orderBy, page, ct);
    }

    /// <summary>Every visible institution (reports and anomaly lists run over all of them).</summary>
    public async Task<IReadOnlyList<InstitutionRow>> AllVisibleAsync(CancellationToken ct)
    {
        var where = new SqlFilter().Scoped(scope, "organ_id");
        var connection = await uow.ConnectionAsync(ct);
        return (await connection.QueryAsync<InstitutionRow>(new CommandDefinition(
            $"SELECT {Columns} FROM energy_institution{where.Sql} ORDER BY directory_code", where.Parameters, uow.Transaction, cancellationToken: ct))).AsList();
    }

    public async Task<bool> DirectoryCodeTakenAsync(string code, Guid? exceptId, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        return await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            "SELECT COUNT(*) FROM energy_institution WHERE directory_code = @Code AND id <> @ExceptId",
            new { Code = code, ExceptId = exceptId ?? Guid.Empty }, uow.Transaction, cancellationToken: ct)) > 0;
    }

    public Task<int> UpdateAsync(InstitutionRow row, long expectedVersion, CancellationToken ct) =>
        uow.Connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE energy_institution SET name = @Name, directory_code = @DirectoryCode, version = @Version, updated_at = @UpdatedAt
            WHERE id = @Id AND version = @ExpectedVersion
            """,
            new { row.Id, row.Name, row.DirectoryCode, row.Version, row.UpdatedAt, ExpectedVersion = expectedVersion }, uow.Transaction, cancellationToken: ct));

    public Task UpsertStatisticsAsync(StatisticsRow row, CancellationToken ct) =>
        uow.Connection.ExecuteAsync(new CommandDefinition(
            dialect.Upsert("energy_statistics", ["institution_id", "year"], ["floor_area_hundredths", "population", "updated_at"]),
            row, uow.Transaction, cancellationToken: ct));

    public async Task<IReadOnlyList<StatisticsRow>> StatisticsAsync(IReadOnlyCollection<Guid> institutionIds, int? year, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        var result = new List<StatisticsRow>();
        foreach (var chunk in institutionIds.Chunk(SqlDialect.MaxListItems))
        {
            var filter = new SqlFilter()
                .Where(dialect.InList("institution_id", "@Ids"), "Ids", chunk)
                .Where("year = @Year", "Year", year);
            result.AddRange(await connection.QueryAsync<StatisticsRow>(new CommandDefinition(
                $"SELECT institution_id, year, floor_area_hundredths, population, updated_at FROM energy_statistics{filter.Sql} ORDER BY year",
                filter.Parameters, uow.Transaction, cancellationToken: ct)));
        }
        return result;
    }
}
