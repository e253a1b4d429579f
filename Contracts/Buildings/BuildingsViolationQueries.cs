using OrganAffairs.Contracts.Violations;

namespace OrganAffairs.Contracts.Buildings;

/// <summary>
/// Backfill: the Buildings module's open violations (kinds <c>buildings.over-standard-office</c> (B1),
/// <c>buildings.over-approved-area</c> (B8) and <c>buildings.overdue-recovery</c> (B1, B6, B7, B8)), keyset-paged by violation id.
/// </summary>
public sealed record ListOpenBuildingsViolations(Guid? After, int PageSize) : ListOpenViolations(After, PageSize);
