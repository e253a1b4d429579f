using System.Text.Json;
using OrganAffairs.Contracts.Guidance;
using OrganAffairs.Contracts.Violations;
using OrganAffairs.Guidance.Data;
using OrganAffairs.Guidance.Domain;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Outbox;
using OrganAffairs.Shared.Rules;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Guidance.Support;

/// <summary>An inspector candidate as stored on the campaign (JSON), with its draw key and rank once drawn.</summary>
internal sealed record InspectorEntry(Guid Id, string? DrawKey, int? DrawnRank);

/// <summary>The rectification deadline rule (guidance_rule kind <c>rectification-due</c>, key: the severity) and the violation a finding opens.</summary>
internal static class InspectionRules
{
    /// <summary>The rectification deadline of a severity (key: its name): N working days after the finding is recorded.</summary>
    public const string RectificationDue = "rectification-due";

    /// <summary>The kind of violation an open finding is on the ledger (subject: the finding).</summary>
    public const string FindingKind = "guidance.inspection-finding";

    /// <summary>Local values with no direction: the most specific version in force on the finding's date applies.</summary>
    public static readonly RuleTableDefinition<GuidanceRuleRow> RectificationDueTable = RuleTableDefinition<GuidanceRuleRow>.Plain(
        "guidance_rule/" + RectificationDue, "GuidanceRule", GuidanceErrors.RuleVersionExists);

    public static RectificationDueRuleResponse ToRectificationResponse(this GuidanceRuleRow r) =>
        new(r.Id, Enum.Parse<FindingSeverity>(r.RuleKey), r.Jurisdiction, r.EffectiveFrom, r.EffectiveTo,
            GuidanceRuleTables.Read<ReportDueValue>(r.Value).WorkingDays, r.Source, r.Confidence, r.DocumentId);

    public static Task<RectificationDueRuleResponse> AddAsync(
        GuidanceRuleRepository rules, AuditTrail audit, IdGenerator ids, CreateRectificationDueRuleRequest b, CancellationToken ct) =>
        RectificationDueTable.AddVersionAsync(
            rules.Rule(RectificationDue, b.Severity.ToString()), audit, new NewRuleVersion(b.Jurisdiction, b.EffectiveFrom),
            effectiveTo => new GuidanceRuleRow
            {
                Id = ids.NewId(), Kind = RectificationDue, RuleKey = b.Severity.ToString(), Jurisdiction = b.Jurisdiction, EffectiveFrom = b.EffectiveFrom,
                EffectiveTo = effectiveTo, Value = GuidanceRuleTables.Write(new ReportDueValue(b.WorkingDays)), Source = b.Source.Trim(), Confidence = b.Confidence, DocumentId = b.DocumentId,
            },
            r => r.ToRectificationResponse(), ct);

    /// <summary>The version in force for the division on the date, or null.</summary>
    public static async Task<GuidanceRuleRow?> InForceAsync(GuidanceRuleRepository rules, FindingSeverity severity, string? divisionCode, DateOnly on, CancellationToken ct)
    {
        var versions = (await rules.VersionsAsync(RectificationDue, Jurisdictions.ChainOf(divisionCode), ct)).Where(r => r.RuleKey == severity.ToString());
        return RectificationDueTable.Effective(versions, divisionCode, on);
    }
}

/// <summary>Rows of inspections to answers, and the JSON kept in their columns.</summary>
internal static class InspectionMapping
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, Options)!;

    public static string WriteDuties(IEnumerable<Duty> duties) => string.Join(",", duties.Distinct().OrderBy(d => d).Select(d => d.ToString()));

    public static IReadOnlyList<Duty> ReadDuties(string text) =>
        text.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Enum.Parse<Duty>).ToList();

    public static InspectionPlanResponse ToResponse(this InspectionPlanRow r) =>
        new(r.Id, r.PlanYear, r.Title, r.Description, Enum.Parse<InspectionPlanStatus>(r.Status), r.ApprovedBy, r.ApprovalReference, r.ApprovedAt, r.CreatedAt, r.Version);

    public static CampaignSummaryResponse ToSummary(this CampaignRow c) =>
        new(c.Id, c.PlanId, c.Title, ReadDuties(c.Duties), Enum.Parse<CampaignStatus>(c.Status), c.UnitCount, c.InspectorCount, c.CreatedAt, c.DrawnAt,
            c.PublishedAt, c.Version);

    /// <summary>
    /// The campaign as the caller may see it: the bureau, or anyone once it is published, sees every candidate, the seed and every
    /// unit's results; a lower-level bureau before publication sees only its own drawn units and their results, and no seed.
    /// </summary>
    public static CampaignResponse ToResponse(
        this CampaignRow c, IReadOnlyList<CampaignUnitRow> units, IReadOnlyList<FindingRow> findings, Func<Guid, bool> visible, bool seesAll, DateOnly today)
    {
        var status = Enum.Parse<CampaignStatus>(c.Status);
        var open = seesAll || status == CampaignStatus.Published;
        var shownUnits = units.Where(u => open || (u.DrawnRank is not null && visible(u.OrganId))).ToList();
        var results = shownUnits.Where(u => u.DrawnRank is not null).OrderBy(u => u.DrawnRank).Select(u =>
        {
            var own = findings.Where(f => f.OrganId == u.OrganId).ToList();
            return new CampaignUnitResult(u.OrganId, u.DivisionCode, own.Count, own.Count(f => f.Status != nameof(FindingStatus.Closed)),
                own.Count(f => Rectification.IsOverdue(Enum.Parse<FindingStatus>(f.Status), f.DueOn, today)));
        }).ToList();
        var inspectors = Read<List<InspectorEntry>>(c.Inspectors);
        return new CampaignResponse(c.Id, c.PlanId, c.Title, ReadDuties(c.Duties), Read<List<ChecklistItem>>(c.Checklist), status, open ? c.Seed : null,
            c.UnitCount, c.InspectorCount,
            shownUnits.Select(u => new DrawCandidate(u.OrganId, u.DivisionCode, u.DrawKey, u.DrawnRank)).ToList(),
            inspectors.Where(i => open || i.DrawnRank is not null).Select(i => new DrawCandidate(i.Id, null, i.DrawKey, i.DrawnRank)).ToList(),
            results, c.CreatedAt, c.DrawnAt, c.PublishedAt, c.Version);
    }

    public static FindingResponse ToResponse(this FindingRow f, DateOnly today)
    {
        var status = Enum.Parse<FindingStatus>(f.Status);
        return new FindingResponse(f.Id, f.CampaignId, f.OrganId, f.DivisionCode, f.ItemCode, Enum.Parse<FindingSeverity>(f.Severity), f.RuleId,
            f.EvidenceReference, f.Description, f.VisitedOn, Read<List<Guid>>(f.InspectorIds), f.OpenedOn, f.DueOn, f.RuleVersionId, f.WorkingDays, status,
            f.Progress, f.RectificationEvidence, f.ReportedOn, f.ReviewComments, f.NotifiedOn, f.NoticeText, f.ClosedOn,
            Rectification.IsOverdue(status, f.DueOn, today), Rectification.OnTime(status, f.ReportedOn, f.DueOn), f.Version);
    }
}

/// <summary>The conditional writes campaign and finding changes end with: the version moves on (412 when another write came first), audited.</summary>
internal static class InspectionWrites
{
    public static async Task WriteCampaignAsync(InspectionRepository repo, CampaignRow row, long expected, CancellationToken ct)
    {
        row.Version = expected + 1;
        if (!await repo.UpdateCampaignAsync(row, expected, ct))
        {
            throw new ProblemException(SharedErrors.PreconditionFailed);
        }
    }

    public static async Task<FindingResponse> WriteFindingAsync(
        InspectionRepository repo, AuditTrail audit, BusinessClock clock, FindingRow row, long expected, FindingResponse before, CancellationToken ct)
    {
        row.Version = expected + 1;
        row.UpdatedAt = clock.UtcNow;
        if (!await repo.UpdateFindingAsync(row, expected, ct))
        {
            throw new ProblemException(SharedErrors.PreconditionFailed);
        }
        var after = row.ToResponse(clock.Today);
        audit.Record("InspectionFinding", row.Id, row.OrganId, AuditTrail.Diff(before, after));
        return after;
    }

    /// <summary>Answers a campaign as the caller may see it.</summary>
    public static async Task<CampaignResponse> AnswerAsync(InspectionRepository repo, OrganScope scope, CampaignRow row, DateOnly today, CancellationToken ct)
    {
        var units = await repo.UnitsAsync(row.Id, ct);
        var findings = await repo.FindingsOfCampaignAsync(row.Id, ct);
        var visible = await scope.VisibilityAsync(units.Select(u => (Guid?)u.OrganId), ct);
        return row.ToResponse(units, findings, id => visible(id), scope.SeesAll, today);
    }
}
