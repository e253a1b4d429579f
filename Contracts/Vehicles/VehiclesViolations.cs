using OrganAffairs.Contracts.Violations;

namespace OrganAffairs.Contracts.Vehicles;

/// <summary>
/// The Vehicles module's open violations, for a consumer that starts late (backfill, keyed by ViolationId):
/// <c>vehicles.over-quota</c> (V6, subject: the organ's quota of one category) and <c>vehicles.overdue-reminder</c>
/// (V7, subject: the reminder).
/// </summary>
public sealed record ListOpenVehiclesViolations(Guid? After, int PageSize) : ListOpenViolations(After, PageSize);
