using OrganAffairs.Contracts.Violations;

namespace OrganAffairs.Contracts.Reception;

/// <summary>
/// Reception's open violations for backfill: meal lines over their standard whose explanation is not yet approved
/// (<c>reception.over-standard-cost</c>, R7; subject: the cost line) and organs whose settled spending passed the
/// year's cap (<c>reception.cap-passed</c>, R9; subject: the cap).
/// </summary>
public sealed record ListOpenReceptionViolations(Guid? After, int PageSize) : ListOpenViolations(After, PageSize);
