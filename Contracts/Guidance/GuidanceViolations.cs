using OrganAffairs.Contracts.Violations;

namespace OrganAffairs.Contracts.Guidance;

/// <summary>Whether a violation of the dashboard is still open or was closed by its source module.</summary>
public enum ViolationState
{
    Open = 1,
    Closed = 2,
}

/// <summary>
/// Which organs of a bureau a dashboard or list covers: Own 本级 (organs with exactly the bureau's division code),
/// Whole 全辖区 (every organ of its jurisdiction, 本级 included).
/// </summary>
public enum JurisdictionLevel
{
    Own = 1,
    Whole = 2,
}

/// <summary>
/// How the dashboard groups open violations: Organ (organ, duty, kind), Division (the organs' current division code,
/// duty, kind — one row per 本级 of each district or county), Kind (duty, kind) and Duty (duty only).
/// </summary>
public enum ViolationGrouping
{
    Organ = 1,
    Division = 2,
    Kind = 3,
    Duty = 4,
}

/// <summary>One violation as the Guidance dashboard holds it (a read model of the source modules' events).</summary>
/// <param name="Id">The source module's violation id.</param>
/// <param name="OrganId">The organ in breach.</param>
/// <param name="DivisionCode">The organ's division code when the violation was opened.</param>
/// <param name="Duty">The duty whose module found it.</param>
/// <param name="Kind">The stable kind, e.g. <c>vehicles.over-quota</c>.</param>
/// <param name="SubjectId">The record in breach, in the source module.</param>
/// <param name="RuleId">The rule (RULES.md), e.g. <c>V3</c>.</param>
/// <param name="RuleVersionId">The rule-table version applied, or null for a rule in code.</param>
/// <param name="State">Open or Closed.</param>
/// <param name="OpenedOn">The business date it was opened.</param>
/// <param name="DueOn">The correction deadline, or null.</param>
/// <param name="ClosedOn">The business date it was closed, or null while open.</param>
/// <param name="CloseReason">Why it was closed, or null while open.</param>
/// <param name="Note">The source's close note, or null.</param>
public sealed record GuidanceViolationResponse(
    Guid Id, Guid OrganId, string DivisionCode, Duty Duty, string Kind, Guid SubjectId, string RuleId, Guid? RuleVersionId,
    ViolationState State, DateOnly OpenedOn, DateOnly? DueOn, DateOnly? ClosedOn, ViolationCloseReason? CloseReason, string? Note);

/// <summary>One row of the violations dashboard: open violations of one group.</summary>
/// <param name="OrganId">The organ (grouping Organ), else null.</param>
/// <param name="DivisionCode">The division code (grouping Division), else null.</param>
/// <param name="Duty">The duty.</param>
/// <param name="Kind">The kind (groupings Organ, Division and Kind), else null.</param>
/// <param name="OpenCount">How many violations of the group are open.</param>
/// <param name="OverdueCount">How many of them are past their due date (due before the business date today).</param>
/// <param name="OldestOpenedOn">The opening date of the oldest open violation.</param>
/// <param name="OldestViolationId">The oldest open violation's id.</param>
/// <param name="ViolationIds">The ids of the group's oldest open violations, oldest first, at most 20.</param>
public sealed record ViolationDashboardRow(
    Guid? OrganId, string? DivisionCode, Duty Duty, string? Kind, int OpenCount, int OverdueCount, DateOnly OldestOpenedOn, Guid OldestViolationId,
    IReadOnlyList<Guid> ViolationIds);

/// <summary>
/// Guidance's own open violations for backfill: inspection findings not yet verified as rectified (<c>guidance.inspection-finding</c>,
/// the finding's violated rule; subject: the finding), open until the city bureau verifies the rectification.
/// </summary>
public sealed record ListOpenGuidanceViolations(Guid? After, int PageSize) : ListOpenViolations(After, PageSize);
