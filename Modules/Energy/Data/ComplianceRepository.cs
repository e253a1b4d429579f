using Dapper;
using OrganAffairs.Contracts.Energy;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Energy.Data;

/// <summary>Quotas (energy_quota), overruns (energy_overrun) and annual reports (energy_annual_report).</summary>
internal sealed class ComplianceRepository(UnitOfWork uow, SqlDialect dialect, OrganScope scope)
{
    private const string OverrunColumns =
        "id, institution_id, organ_id, year, resource, quota_kgce_milli, used_kgce_milli, status, explanation, version, detected_at, explained_at";
    private const string ReportColumns = "id, institution_id, organ_id, year, status, figures, version, created_at, updated_at, submitted_at";

    public Task UpsertQuotaAsync(QuotaRow row, CancellationToken ct) =>
        uow.Connection.ExecuteAsync(new CommandDefinition(
            dialect.Upsert("energy_quota", ["institution_id", "year"], ["energy_kgce_milli", "water_milli", "updated_at"], insertOnlyColumns: ["id"]),
            row, uow.Transaction, cancellationToken: ct));

    public async Task<QuotaRow?> QuotaAsync(Guid institutionId, int year, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<QuotaRow>(new CommandDefinition(
            "SELECT id, institution_id, year, energy_kgce_milli, water_milli, updated_at FROM energy_quota WHERE institution_id = @InstitutionId AND year = @Year",
            new { InstitutionId = institutionId, Year = year }, uow.Transaction, cancellationToken: ct));
    }

    public async Task<OverrunRow?> OverrunAsync(Guid institutionId, int year, OverrunResource resource, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<OverrunRow>(new CommandDefinition(
            $"SELECT {OverrunColumns} FROM energy_overrun WHERE institution_id = @InstitutionId AND year = @Year AND resource = @Resource",
            new { InstitutionId = institutionId, Year = year, Resource = resource.ToString() }, uow.Transaction, cancellationToken: ct));
    }

    /// <summary>Institutions (with their organ) that have not submitted the year's annual report: the late list's members once its due date has passed.</summary>
    public async Task<IReadOnlyList<InstitutionOrgan>> WithoutSubmittedReportAsync(int year, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        return (await connection.QueryAsync<InstitutionOrgan>(new CommandDefinition(
            "SELECT i.id AS institution_id, i.organ_id FROM energy_institution i WHERE NOT EXISTS (SELECT 1 FROM energy_annual_report r " +
            "WHERE r.institution_id = i.id AND r.year = @Year AND r.status = @Submitted)",
            new { Year = year, Submitted = nameof(AnnualReportStatus.Submitted) }, uow.Transaction, cancellationToken: ct))).AsList();
    }

    public async Task<OverrunRow?> GetVisibleOverrunAsync(Guid id, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        var row = await connection.QuerySingleOrDefaultAsync<OverrunRow>(new CommandDefinition(
            $"SELECT {OverrunColumns} FROM energy_overrun WHERE id = @Id", new { Id = id }, uow.Transaction, cancellationToken: ct));
        return row is not null && await scope.CanSeeAsync(row.OrganId, ct) ? row : null;
    }

    /// <summary>Locks the quota row: overrun detection for an institution and year runs one writer at a time.</summary>
    public Task LockQuotaAsync(Guid quotaId, CancellationToken ct) =>
        dialect.LockRowAsync(uow, "energy_quota", quotaId, ct);

    public Task InsertOverrunAsync(OverrunRow row, CancellationToken ct) =>
        uow.Connection.ExecuteAsync(new CommandDefinition(
            $"INSERT INTO energy_overrun ({OverrunColumns}) VALUES (@Id, @InstitutionId, @OrganId, @Year, @Resource, @QuotaKgceMilli, @UsedKgceMilli, @Status, @Explanation, @Version, @DetectedAt, @ExplainedAt)",
            new
            {
                row.Id, row.InstitutionId, row.OrganId, row.Year, Resource = row.Resource.ToString(), row.QuotaKgceMilli, row.UsedKgceMilli, Status = row.Status.ToString(), row.Explanation, row.Version,
                row.DetectedAt, row.ExplainedAt,
            }, uow.Transaction, cancellationToken: ct));

    public Task<int> ExplainOverrunAsync(OverrunRow row, long expectedVersion, CancellationToken ct) =>
        uow.Connection.ExecuteAsync(new CommandDefinition(
            "UPDATE energy_overrun SET status = @Status, explanation = @Explanation, explained_at = @ExplainedAt, version = @Version WHERE id = @Id AND version = @ExpectedVersion",
            new { row.Id, Status = row.Status.ToString(), row.Explanation, row.ExplainedAt, row.Version, ExpectedVersion = expectedVersion }, uow.Transaction, cancellationToken: ct));

    public Task<(IReadOnlyList<OverrunRow> Rows, long Total)> ListOverrunsAsync(OverrunStatus? status, int? year, Guid? institutionId, PageRequest page, CancellationToken ct)
    {
        var where = new SqlFilter()
            .Where("status = @Status", "Status", status?.ToString())
            .Where("year = @Year", "Year", year)
            .Where("institution_id = @InstitutionId", "InstitutionId", institutionId)
            .Scoped(scope, "organ_id");
        return uow.PageAsync<OverrunRow>(dialect, "energy_overrun", OverrunColumns, where, "ORDER BY detected_at DESC, id", page, ct);
    }

    public async Task<AnnualReportRow?> ReportAsync(Guid institutionId, int year, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<AnnualReportRow>(new CommandDefinition(
            $"SELECT {ReportColumns} FROM energy_annual_report WHERE institution_id = @InstitutionId AND year = @Year",
            new { InstitutionId = institutionId, Year = year }, uow.Transaction, cancellationToken: ct));
    }

    public async Task<IReadOnlyList<AnnualReportRow>> ReportsOfYearAsync(int year, CancellationToken ct)
    {
        var where = new SqlFilter().Where("year = @Year", "Year", year).Scoped(scope, "organ_id");
        var connection = await uow.ConnectionAsync(ct);
        return (await connection.QueryAsync<AnnualReportRow>(new CommandDefinition(
            $"SELECT {ReportColumns} FROM energy_annual_report{where.Sql}", where.Parameters, uow.Transaction, cancellationToken: ct))).AsList();
    }

    public Task InsertReportAsync(AnnualReportRow row, CancellationToken ct) =>
        uow.Connection.ExecuteAsync(new CommandDefinition(
            $"INSERT INTO energy_annual_report ({ReportColumns}) VALUES (@Id, @InstitutionId, @OrganId, @Year, @Status, @Figures, @Version, @CreatedAt, @UpdatedAt, @SubmittedAt)",
            ReportParameters(row), uow.Transaction, cancellationToken: ct));

    public Task<int> UpdateReportAsync(AnnualReportRow row, long expectedVersion, CancellationToken ct) =>
        uow.Connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE energy_annual_report SET status = @Status, figures = @Figures, version = @Version, updated_at = @UpdatedAt, submitted_at = @SubmittedAt
            WHERE id = @Id AND version = @ExpectedVersion
            """,
            new { row.Id, Status = row.Status.ToString(), row.Figures, row.Version, row.UpdatedAt, row.SubmittedAt, ExpectedVersion = expectedVersion },
            uow.Transaction, cancellationToken: ct));

    private static object ReportParameters(AnnualReportRow row) => new
    {
        row.Id, row.InstitutionId, row.OrganId, row.Year, Status = row.Status.ToString(), row.Figures, row.Version, row.CreatedAt, row.UpdatedAt, row.SubmittedAt,
    };
}
