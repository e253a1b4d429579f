using Dapper;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Guidance.Data;

/// <summary>
/// All SQL on the reporting cycles: guidance_report_type (rule data, read by every principal with guidance.read),
/// guidance_report_cycle and guidance_report_submission. A submission belongs to its bureau (organ_id): every read of
/// submissions passes the organ scope, and a cycle is visible to a lower-level bureau only through a submission it may see.
/// </summary>
internal sealed class ReportingRepository(UnitOfWork uow, SqlDialect dialect, OrganScope scope)
{
    private const string TypeColumns = "id, code, name, period, form_schema, description, created_at";
    private const string CycleColumns = "id, report_type_id, period, period_label, period_start, period_end, due_on, rule_version_id, working_days, opened_at";
    private const string SubmissionColumns =
        "id, cycle_id, organ_id, division_code, status, data, comments, due_on, first_submitted_on, submitted_on, accepted_on, version, updated_at";

    public static readonly SortSpec CycleSort = new(new Dictionary<string, string>
    {
        ["periodEnd"] = "period_end",
        ["dueOn"] = "due_on",
        ["openedAt"] = "opened_at",
    }, "-periodEnd", "id");

    public async Task<ReportTypeRow?> GetTypeAsync(Guid id, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<ReportTypeRow>(new CommandDefinition(
            $"SELECT {TypeColumns} FROM guidance_report_type WHERE id = @Id", new { Id = id }, uow.Transaction, cancellationToken: ct));
    }

    public async Task<ReportTypeRow?> GetTypeByCodeAsync(string code, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<ReportTypeRow>(new CommandDefinition(
            $"SELECT {TypeColumns} FROM guidance_report_type WHERE code = @Code", new { Code = code }, uow.Transaction, cancellationToken: ct));
    }

    /// <summary>Every report type, by code (a short list of rule data).</summary>
    public async Task<IReadOnlyList<ReportTypeRow>> ListTypesAsync(CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        return (await connection.QueryAsync<ReportTypeRow>(new CommandDefinition(
            $"SELECT {TypeColumns} FROM guidance_report_type ORDER BY code", null, uow.Transaction, cancellationToken: ct))).AsList();
    }

    public Task InsertTypeAsync(ReportTypeRow row, CancellationToken ct) =>
        uow.Connection.ExecuteAsync(new CommandDefinition(
            $"INSERT INTO guidance_report_type ({TypeColumns}) VALUES (@Id, @Code, @Name, @Period, @FormSchema, @Description, @CreatedAt)",
            row, uow.Transaction, cancellationToken: ct));

    public Task InsertCycleAsync(ReportCycleRow row, CancellationToken ct) =>
        uow.Connection.ExecuteAsync(new CommandDefinition(
            $"""
            INSERT INTO guidance_report_cycle ({CycleColumns})
            VALUES (@Id, @ReportTypeId, @Period, @PeriodLabel, @PeriodStart, @PeriodEnd, @DueOn, @RuleVersionId, @WorkingDays, @OpenedAt)
            """, row, uow.Transaction, cancellationToken: ct));

    /// <summary>The cycle, or null when it does not exist or the caller may see none of its submissions.</summary>
    public async Task<ReportCycleRow?> GetVisibleCycleAsync(Guid id, CancellationToken ct)
    {
        var filter = new SqlFilter().Where("id = @Id", "Id", id);
        VisibleThroughSubmissions(filter);
        var connection = await uow.ConnectionAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<ReportCycleRow>(new CommandDefinition(
            $"SELECT {CycleColumns} FROM guidance_report_cycle{filter.Sql}", filter.Parameters, uow.Transaction, cancellationToken: ct));
    }

    public Task<(IReadOnlyList<ReportCycleRow> Rows, long Total)> ListCyclesAsync(Guid? reportTypeId, int? year, PageRequest page, string orderBy, CancellationToken ct)
    {
        var filter = new SqlFilter().Where("report_type_id = @ReportTypeId", "ReportTypeId", reportTypeId);
        if (year is { } y)
        {
            filter.Where("period_end >= @YearStart", "YearStart", new DateOnly(y, 1, 1)).Where("period_end <= @YearEnd", "YearEnd", new DateOnly(y, 12, 31));
        }
        VisibleThroughSubmissions(filter);
        return uow.PageAsync<ReportCycleRow>(dialect, "guidance_report_cycle", CycleColumns, filter, orderBy, page, ct);
    }

    private void VisibleThroughSubmissions(SqlFilter filter)
    {
        if (scope.Filter("s.organ_id") is { } restricted)
        {
            filter.Where($"EXISTS (SELECT 1 FROM guidance_report_submission s WHERE s.cycle_id = guidance_report_cycle.id AND {restricted.Sql})", restricted);
        }
    }

    public async Task InsertSubmissionsAsync(IReadOnlyList<ReportSubmissionRow> rows, CancellationToken ct)
    {
        foreach (var row in rows)
        {
            await uow.Connection.ExecuteAsync(new CommandDefinition(
                $"""
                INSERT INTO guidance_report_submission ({SubmissionColumns})
                VALUES (@Id, @CycleId, @OrganId, @DivisionCode, @Status, @Data, @Comments, @DueOn, @FirstSubmittedOn, @SubmittedOn, @AcceptedOn, @Version, @UpdatedAt)
                """, row, uow.Transaction, cancellationToken: ct));
        }
    }

    /// <summary>The submission, or null when it does not exist or its bureau is outside the caller's scope.</summary>
    public async Task<ReportSubmissionRow?> GetVisibleSubmissionAsync(Guid id, CancellationToken ct)
    {
        var filter = new SqlFilter().Where("id = @Id", "Id", id).Scoped(scope, "organ_id");
        var connection = await uow.ConnectionAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<ReportSubmissionRow>(new CommandDefinition(
            $"SELECT {SubmissionColumns} FROM guidance_report_submission{filter.Sql}", filter.Parameters, uow.Transaction, cancellationToken: ct));
    }

    /// <summary>The submissions of the cycles the caller may see, by division code.</summary>
    public async Task<IReadOnlyList<ReportSubmissionRow>> VisibleSubmissionsOfAsync(IReadOnlyCollection<Guid> cycleIds, CancellationToken ct)
    {
        var restricted = scope.Filter("organ_id");
        var rows = await uow.QueryChunkedAsync<ReportSubmissionRow>(cycleIds, chunk =>
        {
            var parameters = new DynamicParameters(new { CycleIds = chunk });
            foreach (var (name, value) in restricted?.Parameters ?? [])
            {
                parameters.Add(name, value);
            }
            var where = dialect.InList("cycle_id", "@CycleIds") + (restricted is null ? "" : " AND " + restricted.Sql);
            return ($"SELECT {SubmissionColumns} FROM guidance_report_submission WHERE {where}", parameters);
        }, ct);
        return rows.OrderBy(r => r.CycleId).ThenBy(r => r.DivisionCode, StringComparer.Ordinal).ThenBy(r => r.OrganId).ToList();
    }

    /// <summary>Writes the submission if its version is still the expected one.</summary>
    public async Task<bool> UpdateSubmissionAsync(ReportSubmissionRow row, long expectedVersion, CancellationToken ct) =>
        await uow.Connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE guidance_report_submission SET status = @Status, data = @Data, comments = @Comments, first_submitted_on = @FirstSubmittedOn,
                submitted_on = @SubmittedOn, accepted_on = @AcceptedOn, version = @Version, updated_at = @UpdatedAt
            WHERE id = @Id AND version = @ExpectedVersion
            """, new
            {
                row.Id, row.Status, row.Data, row.Comments, row.FirstSubmittedOn, row.SubmittedOn, row.AcceptedOn, row.Version, row.UpdatedAt,
                ExpectedVersion = expectedVersion,
            }, uow.Transaction, cancellationToken: ct)) == 1;
}
