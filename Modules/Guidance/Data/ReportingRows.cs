using OrganAffairs.Shared.Rules;

namespace OrganAffairs.Guidance.Data;

/// <summary>A row of guidance_report_type.</summary>
internal sealed class ReportTypeRow
{
    public Guid Id { get; set; }
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public string Period { get; set; } = "";
    public string FormSchema { get; set; } = "";
    public string? Description { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>A row of guidance_report_cycle.</summary>
internal sealed class ReportCycleRow
{
    public Guid Id { get; set; }
    public Guid ReportTypeId { get; set; }
    public string Period { get; set; } = "";
    public string PeriodLabel { get; set; } = "";
    public DateOnly PeriodStart { get; set; }
    public DateOnly PeriodEnd { get; set; }
    public DateOnly DueOn { get; set; }
    public Guid RuleVersionId { get; set; }
    public int WorkingDays { get; set; }
    public DateTimeOffset OpenedAt { get; set; }
}

/// <summary>A row of guidance_report_submission: one bureau's report in one cycle.</summary>
internal sealed class ReportSubmissionRow
{
    public Guid Id { get; set; }
    public Guid CycleId { get; set; }
    public Guid OrganId { get; set; }
    public string DivisionCode { get; set; } = "";
    public string Status { get; set; } = "";
    public string? Data { get; set; }
    public string? Comments { get; set; }
    public DateOnly DueOn { get; set; }
    public DateOnly? FirstSubmittedOn { get; set; }
    public DateOnly? SubmittedOn { get; set; }
    public DateOnly? AcceptedOn { get; set; }
    public long Version { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>A row of guidance_rule: one version of one rule (kind, key, jurisdiction).</summary>
internal sealed class GuidanceRuleRow : IKindRuleRow
{
    public Guid Id { get; set; }
    public string Kind { get; set; } = "";
    public string RuleKey { get; set; } = "";
    public string Jurisdiction { get; set; } = "";
    public DateOnly EffectiveFrom { get; set; }
    public DateOnly? EffectiveTo { get; set; }
    public string Value { get; set; } = "";
    public string Source { get; set; } = "";
    public string Confidence { get; set; } = "";
    public Guid? DocumentId { get; set; }
}
