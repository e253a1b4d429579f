using Dapper;
using OrganAffairs.Contracts.Guidance;
using OrganAffairs.Contracts.Violations;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Guidance.Data;

/// <summary>All SQL on guidance_violation and guidance_violation_backfill (the dashboard's read model).</summary>
internal sealed class ViolationRepository(UnitOfWork uow, SqlDialect dialect, OrganScope scope)
{
    /// <summary>How many ids a dashboard row lists.</summary>
    public const int IdsPerGroup = 20;

    private const string Columns =
        "violation_id, organ_id, division_code, duty, kind, subject_id, rule_id, rule_version_id, opened_on, due_on, closed_on, close_reason, note, recorded_at";

    private static readonly string[] OpenColumns =
        ["organ_id", "division_code", "duty", "kind", "subject_id", "rule_id", "rule_version_id", "opened_on", "due_on", "recorded_at"];

    private static readonly string[] CloseColumns = ["closed_on", "close_reason", "note"];

    public static readonly SortSpec Sort = new(new Dictionary<string, string>
    {
        ["openedOn"] = "opened_on",
        ["dueOn"] = "due_on",
        ["closedOn"] = "closed_on",
    }, "-openedOn", "violation_id");

    /// <summary>The grouping columns of each dashboard grouping (Division reads the organ directory's current code).</summary>
    private static readonly Dictionary<ViolationGrouping, string[]> GroupColumns = new()
    {
        [ViolationGrouping.Organ] = ["v.organ_id", "v.duty", "v.kind"],
        [ViolationGrouping.Division] = ["d.division_code", "v.duty", "v.kind"],
        [ViolationGrouping.Kind] = ["v.duty", "v.kind"],
        [ViolationGrouping.Duty] = ["v.duty"],
    };

    /// <summary>Records an opening unless the violation is already known (from an earlier delivery, the backfill, or its closing).</summary>
    public async Task<bool> RecordOpenedAsync(Violation v, DateOnly openedOn, DateOnly? dueOn, DateTimeOffset now, CancellationToken ct) =>
        await uow.Connection.ExecuteAsync(new CommandDefinition(
            dialect.Upsert("guidance_violation", ["violation_id"], [], OpenColumns),
            Parameters(v, openedOn, dueOn, now, null, null, null), uow.Transaction, cancellationToken: ct)) == 1;

    /// <summary>Records a page of open violations (the backfill) in the database's key order, so two instances lock alike; answers how many were new.</summary>
    public async Task<int> RecordOpenedAsync(IEnumerable<OpenViolation> open, DateTimeOffset now, CancellationToken ct)
    {
        var added = 0;
        foreach (var o in open.OrderBy(o => o.Violation.ViolationId, dialect.KeyOrder))
        {
            added += await RecordOpenedAsync(o.Violation, o.OpenedOn, o.DueOn, now, ct) ? 1 : 0;
        }
        return added;
    }

    /// <summary>Records a closing: closes the known row, or inserts it closed when the opening has not arrived (it then changes nothing).</summary>
    public async Task RecordClosedAsync(Violation v, DateOnly openedOn, DateOnly closedOn, ViolationCloseReason reason, string? note, DateTimeOffset now, CancellationToken ct) =>
        await uow.Connection.ExecuteAsync(new CommandDefinition(
            dialect.Upsert("guidance_violation", ["violation_id"], CloseColumns, OpenColumns),
            Parameters(v, openedOn, null, now, closedOn, reason.ToString(), note), uow.Transaction, cancellationToken: ct));

    public async Task<bool> BackfilledAsync(string source, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM guidance_violation_backfill WHERE source = @Source", new { Source = source }, uow.Transaction, cancellationToken: ct)) > 0;
    }

    /// <summary>Marks a source loaded (two instances backfilling at once both succeed: the first mark stands).</summary>
    public Task MarkBackfilledAsync(string source, int loaded, DateTimeOffset now, CancellationToken ct) =>
        uow.Connection.ExecuteAsync(new CommandDefinition(
            dialect.Upsert("guidance_violation_backfill", ["source"], [], ["loaded", "completed_at"]),
            new { Source = source, Loaded = loaded, CompletedAt = now }, uow.Transaction, cancellationToken: ct));

    public async Task<ViolationRow?> GetVisibleAsync(Guid id, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        var row = await connection.QuerySingleOrDefaultAsync<ViolationRow>(new CommandDefinition(
            $"SELECT {Columns} FROM guidance_violation WHERE violation_id = @Id", new { Id = id }, uow.Transaction, cancellationToken: ct));
        return row is not null && await scope.CanSeeAsync(row.OrganId, ct) ? row : null;
    }

    public Task<(IReadOnlyList<ViolationRow> Rows, long Total)> ListAsync(ViolationFilter filter, PageRequest page, string orderBy, CancellationToken ct) =>
        uow.PageAsync<ViolationRow>(dialect, "guidance_violation v", Columns, Where(filter), orderBy, page, ct);

    /// <summary>The open violations of the filter grouped as asked, with each group's oldest ids (a second, windowed query).</summary>
    public async Task<(IReadOnlyList<ViolationGroupRow> Groups, IReadOnlyList<ViolationGroupMember> Members)> DashboardAsync(
        ViolationFilter filter, ViolationGrouping grouping, DateOnly today, CancellationToken ct)
    {
        var columns = GroupColumns[grouping];
        var select = string.Join(", ", new[] { "v.organ_id", "d.division_code", "v.duty", "v.kind" }
            .Select(c => columns.Contains(c) ? $"{c} AS {c[2..]}" : $"NULL AS {c[2..]}"));
        var from = grouping == ViolationGrouping.Division
            ? "guidance_violation v JOIN shared_organ_directory d ON d.organ_id = v.organ_id"
            : "guidance_violation v";
        var where = Where(filter with { State = nameof(ViolationState.Open) });
        where.Parameters.Add("Today", today);
        var groupBy = string.Join(", ", columns);
        var connection = await uow.ConnectionAsync(ct);
        var groups = await connection.QueryAsync<ViolationGroupRow>(new CommandDefinition(
            $"""
            SELECT {select}, COUNT(*) AS open_count, SUM(CASE WHEN v.due_on < @Today THEN 1 ELSE 0 END) AS overdue_count, MIN(v.opened_on) AS oldest_opened_on
            FROM {from}{where.Sql}
            GROUP BY {groupBy} ORDER BY {groupBy}
            """, where.Parameters, uow.Transaction, cancellationToken: ct));
        var members = await connection.QueryAsync<ViolationGroupMember>(new CommandDefinition(
            $"""
            SELECT organ_id, division_code, duty, kind, violation_id FROM (
              SELECT {select}, v.violation_id, v.opened_on, ROW_NUMBER() OVER (PARTITION BY {groupBy} ORDER BY v.opened_on, v.violation_id) AS rn
              FROM {from}{where.Sql}) t
            WHERE t.rn <= {IdsPerGroup} ORDER BY t.opened_on, t.violation_id
            """, where.Parameters, uow.Transaction, cancellationToken: ct));
        return (groups.AsList(), members.AsList());
    }

    private SqlFilter Where(ViolationFilter f)
    {
        var where = new SqlFilter();
        if (f.State is { } state)
        {
            where.Where(state == nameof(ViolationState.Open) ? "v.closed_on IS NULL" : "v.closed_on IS NOT NULL");
        }
        return where
            .Where("v.duty = @Duty", "Duty", f.Duty)
            .Where("v.kind = @Kind", "Kind", f.Kind)
            .Where("v.organ_id = @OrganId", "OrganId", f.OrganId)
            .Where("v.organ_id IN (SELECT organ_id FROM shared_organ_directory WHERE division_code = @OwnDivisionCode)", "OwnDivisionCode", f.OwnDivisionCode)
            .Where(OrganScope.InJurisdiction("v.organ_id", "@JurisdictionPattern"), "JurisdictionPattern", f.JurisdictionPattern)
            .Scoped(scope, "v.organ_id");
    }

    private static object Parameters(Violation v, DateOnly openedOn, DateOnly? dueOn, DateTimeOffset now, DateOnly? closedOn, string? reason, string? note) => new
    {
        v.ViolationId, v.OrganId, v.DivisionCode, Duty = v.Duty.ToString(), v.Kind, v.SubjectId, v.RuleId, v.RuleVersionId, OpenedOn = openedOn, DueOn = dueOn,
        RecordedAt = now, ClosedOn = closedOn, CloseReason = reason, Note = note,
    };
}
