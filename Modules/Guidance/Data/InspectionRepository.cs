using Dapper;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Guidance.Data;

/// <summary>
/// All SQL on inspections: plans and checklist templates (the city bureau's data, read by every guidance reader), campaigns
/// (visible to a lower-level bureau through a drawn unit of its jurisdiction, or to every reader once published), candidate
/// units and findings (scoped by the inspected unit's organ).
/// </summary>
internal sealed class InspectionRepository(UnitOfWork uow, SqlDialect dialect, OrganScope scope)
{
    private const string PlanColumns = "id, plan_year, title, description, status, approved_by, approval_reference, approved_at, created_at, version";
    private const string CampaignColumns =
        "id, plan_id, title, duties, checklist, inspectors, status, seed, unit_count, inspector_count, created_at, drawn_at, published_at, version";
    private const string UnitColumns = "campaign_id, organ_id, division_code, draw_key, drawn_rank";
    private const string FindingColumns =
        "id, campaign_id, organ_id, division_code, item_code, severity, rule_id, evidence_reference, description, visited_on, inspector_ids, opened_on, " +
        "due_on, rule_version_id, working_days, status, progress, rectification_evidence, reported_on, review_comments, notified_on, notice_text, closed_on, " +
        "version, updated_at";

    public static readonly SortSpec FindingSort = new(new Dictionary<string, string>
    {
        ["dueOn"] = "due_on",
        ["openedOn"] = "opened_on",
        ["divisionCode"] = "division_code",
    }, "dueOn", "id");

    public Task InsertPlanAsync(InspectionPlanRow row, CancellationToken ct) =>
        uow.Connection.ExecuteAsync(new CommandDefinition(
            $"""
            INSERT INTO guidance_inspection_plan ({PlanColumns})
            VALUES (@Id, @PlanYear, @Title, @Description, @Status, @ApprovedBy, @ApprovalReference, @ApprovedAt, @CreatedAt, @Version)
            """, row, uow.Transaction, cancellationToken: ct));

    public async Task<InspectionPlanRow?> GetPlanAsync(Guid id, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<InspectionPlanRow>(new CommandDefinition(
            $"SELECT {PlanColumns} FROM guidance_inspection_plan WHERE id = @Id", new { Id = id }, uow.Transaction, cancellationToken: ct));
    }

    public async Task<bool> UpdatePlanAsync(InspectionPlanRow row, long expectedVersion, CancellationToken ct) =>
        await uow.Connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE guidance_inspection_plan SET status = @Status, approved_by = @ApprovedBy, approval_reference = @ApprovalReference,
                approved_at = @ApprovedAt, version = @Version
            WHERE id = @Id AND version = @ExpectedVersion
            """, new { row.Id, row.Status, row.ApprovedBy, row.ApprovalReference, row.ApprovedAt, row.Version, ExpectedVersion = expectedVersion },
            uow.Transaction, cancellationToken: ct)) == 1;

    /// <summary>A template's items in their order (empty for an unknown template).</summary>
    public async Task<IReadOnlyList<ChecklistItemRow>> TemplateAsync(string code, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        return (await connection.QueryAsync<ChecklistItemRow>(new CommandDefinition(
            "SELECT template_code, item_code, position, title, rule_id, source FROM guidance_checklist_item WHERE template_code = @Code ORDER BY position",
            new { Code = code }, uow.Transaction, cancellationToken: ct))).AsList();
    }

    public async Task InsertCampaignAsync(CampaignRow row, IReadOnlyList<CampaignUnitRow> units, CancellationToken ct)
    {
        await uow.Connection.ExecuteAsync(new CommandDefinition(
            $"""
            INSERT INTO guidance_campaign ({CampaignColumns})
            VALUES (@Id, @PlanId, @Title, @Duties, @Checklist, @Inspectors, @Status, @Seed, @UnitCount, @InspectorCount, @CreatedAt, @DrawnAt, @PublishedAt, @Version)
            """, row, uow.Transaction, cancellationToken: ct));
        foreach (var unit in units)
        {
            await uow.Connection.ExecuteAsync(new CommandDefinition(
                $"INSERT INTO guidance_campaign_unit ({UnitColumns}) VALUES (@CampaignId, @OrganId, @DivisionCode, @DrawKey, @DrawnRank)",
                unit, uow.Transaction, cancellationToken: ct));
        }
    }

    /// <summary>
    /// The campaign, or null when it does not exist or the caller may not see it: the bureau sees all; a lower-level bureau sees a
    /// published campaign, or one with a drawn unit of its jurisdiction.
    /// </summary>
    public async Task<CampaignRow?> GetVisibleCampaignAsync(Guid id, CancellationToken ct)
    {
        var filter = new SqlFilter().Where("id = @Id", "Id", id);
        VisibleOnly(filter);
        var connection = await uow.ConnectionAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<CampaignRow>(new CommandDefinition(
            $"SELECT {CampaignColumns} FROM guidance_campaign{filter.Sql}", filter.Parameters, uow.Transaction, cancellationToken: ct));
    }

    public static readonly SortSpec CampaignSort = new(new Dictionary<string, string>
    {
        ["createdAt"] = "created_at",
        ["publishedAt"] = "published_at",
        ["title"] = "title",
    }, "-createdAt", "id");

    /// <summary>The campaigns the caller may see (as <see cref="GetVisibleCampaignAsync"/>), filtered by plan and status.</summary>
    public Task<(IReadOnlyList<CampaignRow> Rows, long Total)> ListVisibleCampaignsAsync(Guid? planId, string? status, PageRequest page, string orderBy, CancellationToken ct)
    {
        var filter = new SqlFilter().Where("plan_id = @PlanId", "PlanId", planId).Where("status = @Status", "Status", status);
        VisibleOnly(filter);
        return uow.PageAsync<CampaignRow>(dialect, "guidance_campaign", CampaignColumns, filter, orderBy, page, ct);
    }

    private void VisibleOnly(SqlFilter filter)
    {
        if (scope.Filter("u.organ_id") is { } restricted)
        {
            filter.Where("(status = 'Published' OR EXISTS (SELECT 1 FROM guidance_campaign_unit u WHERE u.campaign_id = guidance_campaign.id " +
                         $"AND u.drawn_rank IS NOT NULL AND {restricted.Sql}))", restricted);
        }
    }

    /// <summary>Every candidate unit of the campaign (the caller's visibility is applied by the answer).</summary>
    public async Task<IReadOnlyList<CampaignUnitRow>> UnitsAsync(Guid campaignId, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        return (await connection.QueryAsync<CampaignUnitRow>(new CommandDefinition(
            $"SELECT {UnitColumns} FROM guidance_campaign_unit WHERE campaign_id = @Id ORDER BY division_code, organ_id",
            new { Id = campaignId }, uow.Transaction, cancellationToken: ct))).AsList();
    }

    /// <summary>Writes the campaign if its version is still the expected one.</summary>
    public async Task<bool> UpdateCampaignAsync(CampaignRow row, long expectedVersion, CancellationToken ct) =>
        await uow.Connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE guidance_campaign SET inspectors = @Inspectors, status = @Status, seed = @Seed, unit_count = @UnitCount, inspector_count = @InspectorCount,
                drawn_at = @DrawnAt, published_at = @PublishedAt, version = @Version
            WHERE id = @Id AND version = @ExpectedVersion
            """, new
            {
                row.Id, row.Inspectors, row.Status, row.Seed, row.UnitCount, row.InspectorCount, row.DrawnAt, row.PublishedAt, row.Version,
                ExpectedVersion = expectedVersion,
            }, uow.Transaction, cancellationToken: ct)) == 1;

    /// <summary>Records the draw key and rank of every candidate unit, in the key order of the primary key.</summary>
    public async Task UpdateUnitDrawAsync(IReadOnlyList<CampaignUnitRow> units, CancellationToken ct)
    {
        foreach (var unit in units.OrderBy(u => u.OrganId))
        {
            await uow.Connection.ExecuteAsync(new CommandDefinition(
                "UPDATE guidance_campaign_unit SET draw_key = @DrawKey, drawn_rank = @DrawnRank WHERE campaign_id = @CampaignId AND organ_id = @OrganId",
                unit, uow.Transaction, cancellationToken: ct));
        }
    }

    public Task InsertFindingAsync(FindingRow row, CancellationToken ct) =>
        uow.Connection.ExecuteAsync(new CommandDefinition(
            $"""
            INSERT INTO guidance_finding ({FindingColumns})
            VALUES (@Id, @CampaignId, @OrganId, @DivisionCode, @ItemCode, @Severity, @RuleId, @EvidenceReference, @Description, @VisitedOn, @InspectorIds,
                @OpenedOn, @DueOn, @RuleVersionId, @WorkingDays, @Status, @Progress, @RectificationEvidence, @ReportedOn, @ReviewComments, @NotifiedOn,
                @NoticeText, @ClosedOn, @Version, @UpdatedAt)
            """, row, uow.Transaction, cancellationToken: ct));

    /// <summary>The finding, or null when it does not exist or its unit is outside the caller's scope.</summary>
    public async Task<FindingRow?> GetVisibleFindingAsync(Guid id, CancellationToken ct)
    {
        var filter = new SqlFilter().Where("id = @Id", "Id", id).Scoped(scope, "organ_id");
        var connection = await uow.ConnectionAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<FindingRow>(new CommandDefinition(
            $"SELECT {FindingColumns} FROM guidance_finding{filter.Sql}", filter.Parameters, uow.Transaction, cancellationToken: ct));
    }

    /// <summary>
    /// The findings the caller may see. <paramref name="overdueOn"/>: only those still owed (Open or Returned) and due before that date.
    /// </summary>
    public Task<(IReadOnlyList<FindingRow> Rows, long Total)> ListFindingsAsync(
        Guid? campaignId, string? status, DateOnly? overdueOn, PageRequest page, string orderBy, CancellationToken ct)
    {
        var filter = new SqlFilter().Where("campaign_id = @CampaignId", "CampaignId", campaignId).Where("status = @Status", "Status", status);
        if (overdueOn is { } on)
        {
            filter.Where("status IN ('Open', 'Returned')").Where("due_on < @Today", "Today", on);
        }
        filter.Scoped(scope, "organ_id");
        return uow.PageAsync<FindingRow>(dialect, "guidance_finding", FindingColumns, filter, orderBy, page, ct);
    }

    /// <summary>Every finding of the campaign (for its per-unit results; the answer applies the caller's visibility).</summary>
    public async Task<IReadOnlyList<FindingRow>> FindingsOfCampaignAsync(Guid campaignId, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        return (await connection.QueryAsync<FindingRow>(new CommandDefinition(
            $"SELECT {FindingColumns} FROM guidance_finding WHERE campaign_id = @Id", new { Id = campaignId }, uow.Transaction, cancellationToken: ct))).AsList();
    }

    /// <summary>Writes the finding if its version is still the expected one.</summary>
    public async Task<bool> UpdateFindingAsync(FindingRow row, long expectedVersion, CancellationToken ct) =>
        await uow.Connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE guidance_finding SET status = @Status, progress = @Progress, rectification_evidence = @RectificationEvidence, reported_on = @ReportedOn,
                review_comments = @ReviewComments, notified_on = @NotifiedOn, notice_text = @NoticeText, closed_on = @ClosedOn, version = @Version,
                updated_at = @UpdatedAt
            WHERE id = @Id AND version = @ExpectedVersion
            """, new
            {
                row.Id, row.Status, row.Progress, row.RectificationEvidence, row.ReportedOn, row.ReviewComments, row.NotifiedOn, row.NoticeText, row.ClosedOn,
                row.Version, row.UpdatedAt, ExpectedVersion = expectedVersion,
            }, uow.Transaction, cancellationToken: ct)) == 1;

    /// <summary>Per bureau, the submissions due between the dates whose deadline passed before today or that were submitted, and how many were on time.</summary>
    public async Task<IReadOnlyList<SubmissionTally>> SubmissionTalliesAsync(DateOnly from, DateOnly to, DateOnly today, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        return (await connection.QueryAsync<SubmissionTally>(new CommandDefinition(
            """
            SELECT organ_id, division_code, COUNT(*) AS due,
                SUM(CASE WHEN submitted_on IS NOT NULL AND submitted_on <= due_on THEN 1 ELSE 0 END) AS on_time
            FROM guidance_report_submission
            WHERE due_on >= @From AND due_on <= @To AND (due_on < @Today OR submitted_on IS NOT NULL)
            GROUP BY organ_id, division_code
            """, new { From = from, To = to, Today = today }, uow.Transaction, cancellationToken: ct))).AsList();
    }

    /// <summary>Per division code, the findings recorded between the dates: total, open, verified, verified with a report by the deadline.</summary>
    public async Task<IReadOnlyList<FindingTally>> FindingTalliesAsync(DateOnly from, DateOnly to, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        return (await connection.QueryAsync<FindingTally>(new CommandDefinition(
            """
            SELECT division_code, COUNT(*) AS total,
                SUM(CASE WHEN status <> 'Closed' THEN 1 ELSE 0 END) AS open_count,
                SUM(CASE WHEN status = 'Closed' THEN 1 ELSE 0 END) AS verified,
                SUM(CASE WHEN status = 'Closed' AND reported_on <= due_on THEN 1 ELSE 0 END) AS on_time
            FROM guidance_finding
            WHERE opened_on >= @From AND opened_on <= @To
            GROUP BY division_code
            """, new { From = from, To = to }, uow.Transaction, cancellationToken: ct))).AsList();
    }

    /// <summary>The distinct inspected units of the findings recorded between the dates (the caller keeps the flagged bureaus).</summary>
    public async Task<IReadOnlyList<CampaignUnitRow>> FindingUnitsAsync(DateOnly from, DateOnly to, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        return (await connection.QueryAsync<CampaignUnitRow>(new CommandDefinition(
            "SELECT DISTINCT organ_id, division_code FROM guidance_finding WHERE opened_on >= @From AND opened_on <= @To",
            new { From = from, To = to }, uow.Transaction, cancellationToken: ct))).AsList();
    }
}
