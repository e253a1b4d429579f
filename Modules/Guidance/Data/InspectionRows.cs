namespace OrganAffairs.Guidance.Data;

/// <summary>A row of guidance_inspection_plan.</summary>
internal sealed class InspectionPlanRow
{
    public Guid Id { get; set; }
    public int PlanYear { get; set; }
    public string Title { get; set; } = "";
    public string? Description { get; set; }
    public string Status { get; set; } = "";
    public Guid? ApprovedBy { get; set; }
    public string? ApprovalReference { get; set; }
    public DateTimeOffset? ApprovedAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public long Version { get; set; }
}

/// <summary>A row of guidance_checklist_item: one item of a seeded template.</summary>
internal sealed class ChecklistItemRow
{
    public string TemplateCode { get; set; } = "";
    public string ItemCode { get; set; } = "";
    public int Position { get; set; }
    public string Title { get; set; } = "";
    public string RuleId { get; set; } = "";
    public string? Source { get; set; }
}

/// <summary>A row of guidance_campaign (the checklist and the inspector candidates with their draw are JSON).</summary>
internal sealed class CampaignRow
{
    public Guid Id { get; set; }
    public Guid PlanId { get; set; }
    public string Title { get; set; } = "";
    public string Duties { get; set; } = "";
    public string Checklist { get; set; } = "";
    public string Inspectors { get; set; } = "";
    public string Status { get; set; } = "";
    public string? Seed { get; set; }
    public int? UnitCount { get; set; }
    public int? InspectorCount { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? DrawnAt { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }
    public long Version { get; set; }
}

/// <summary>A row of guidance_campaign_unit: a candidate unit, with its draw key and rank once drawn.</summary>
internal sealed class CampaignUnitRow
{
    public Guid CampaignId { get; set; }
    public Guid OrganId { get; set; }
    public string DivisionCode { get; set; } = "";
    public string? DrawKey { get; set; }
    public int? DrawnRank { get; set; }
}

/// <summary>A row of guidance_finding: a finding and its rectification.</summary>
internal sealed class FindingRow
{
    public Guid Id { get; set; }
    public Guid CampaignId { get; set; }
    public Guid OrganId { get; set; }
    public string DivisionCode { get; set; } = "";
    public string ItemCode { get; set; } = "";
    public string Severity { get; set; } = "";
    public string RuleId { get; set; } = "";
    public string EvidenceReference { get; set; } = "";
    public string Description { get; set; } = "";
    public DateOnly VisitedOn { get; set; }
    public string InspectorIds { get; set; } = "";
    public DateOnly OpenedOn { get; set; }
    public DateOnly DueOn { get; set; }
    public Guid RuleVersionId { get; set; }
    public int WorkingDays { get; set; }
    public string Status { get; set; } = "";
    public string? Progress { get; set; }
    public string? RectificationEvidence { get; set; }
    public DateOnly? ReportedOn { get; set; }
    public string? ReviewComments { get; set; }
    public DateOnly? NotifiedOn { get; set; }
    public string? NoticeText { get; set; }
    public DateOnly? ClosedOn { get; set; }
    public long Version { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>One bureau's submissions due in a year (aggregated in SQL).</summary>
internal sealed class SubmissionTally
{
    public Guid OrganId { get; set; }
    public string DivisionCode { get; set; } = "";
    public long Due { get; set; }
    public long OnTime { get; set; }
}

/// <summary>The findings of one division code recorded in a year (aggregated in SQL).</summary>
internal sealed class FindingTally
{
    public string DivisionCode { get; set; } = "";
    public long Total { get; set; }
    public long OpenCount { get; set; }
    public long Verified { get; set; }
    public long OnTime { get; set; }
}
