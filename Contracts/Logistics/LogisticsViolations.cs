using OrganAffairs.Contracts.Violations;

namespace OrganAffairs.Contracts.Logistics;

/// <summary>
/// Logistics' open violations for backfill: work orders that missed a service-level deadline (<c>logistics.sla-breached</c>,
/// L3; subject: the work order), open until the order is closed or cancelled.
/// </summary>
public sealed record ListOpenLogisticsViolations(Guid? After, int PageSize) : ListOpenViolations(After, PageSize);
