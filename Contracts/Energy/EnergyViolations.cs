using OrganAffairs.Contracts.Violations;

namespace OrganAffairs.Contracts.Energy;

/// <summary>
/// Energy's open violations for backfill: overruns not yet explained (<c>energy.unexplained-overrun</c>,
/// <c>energy.unexplained-water-overrun</c>, E5; subject: the overrun) and institutions whose last annual
/// report is past due (<c>energy.late-annual-report</c>, E6; subject: the institution).
/// </summary>
public sealed record ListOpenEnergyViolations(Guid? After, int PageSize) : ListOpenViolations(After, PageSize);
