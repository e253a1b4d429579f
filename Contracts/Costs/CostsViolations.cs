using OrganAffairs.Contracts.Violations;

namespace OrganAffairs.Contracts.Costs;

/// <summary>
/// Costs' open violations for backfill: budget lines whose actuals passed the line's budget (<c>costs.over-budget</c>,
/// T1; subject: the budget line).
/// </summary>
public sealed record ListOpenCostsViolations(Guid? After, int PageSize) : ListOpenViolations(After, PageSize);
