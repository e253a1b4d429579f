namespace OrganAffairs.Guidance.Data;

/// <summary>A row of guidance_violation.</summary>
internal sealed class ViolationRow
{
    public Guid ViolationId { get; set; }
    public Guid OrganId { get; set; }
    public string DivisionCode { get; set; } = "";
    public string Duty { get; set; } = "";
    public string Kind { get; set; } = "";
    public Guid SubjectId { get; set; }
    public string RuleId { get; set; } = "";
    public Guid? RuleVersionId { get; set; }
    public DateOnly OpenedOn { get; set; }
    public DateOnly? DueOn { get; set; }
    public DateOnly? ClosedOn { get; set; }
    public string? CloseReason { get; set; }
    public string? Note { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
}

/// <summary>One dashboard group: the grouping's columns (the others null), its counts and its oldest opening.</summary>
internal sealed class ViolationGroupRow
{
    public Guid? OrganId { get; set; }
    public string? DivisionCode { get; set; }
    public string Duty { get; set; } = "";
    public string? Kind { get; set; }
    public long OpenCount { get; set; }
    public long OverdueCount { get; set; }
    public DateOnly OldestOpenedOn { get; set; }
}

/// <summary>One of a group's oldest open violations (the dashboard's ids).</summary>
internal sealed class ViolationGroupMember
{
    public Guid? OrganId { get; set; }
    public string? DivisionCode { get; set; }
    public string Duty { get; set; } = "";
    public string? Kind { get; set; }
    public Guid ViolationId { get; set; }
}

/// <summary>The organs a list or the dashboard covers besides the caller's scope: one organ, and a bureau's 本级 or whole jurisdiction.</summary>
/// <param name="OwnDivisionCode">Only organs with exactly this division code (a bureau's 本级), or null.</param>
/// <param name="JurisdictionPattern">Only organs whose division code matches this LIKE pattern (a bureau's jurisdiction), or null.</param>
internal sealed record ViolationFilter(
    string? State, string? Duty, string? Kind, Guid? OrganId, string? OwnDivisionCode, string? JurisdictionPattern);
