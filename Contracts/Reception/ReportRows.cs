namespace OrganAffairs.Contracts.Reception;

/// <summary>
/// A cost line above its standard, with the explanation recorded for it and its approval (超标准说明): one row of the
/// over-standard report.
/// </summary>
/// <param name="OrganId">The hosting organ.</param>
/// <param name="ReceptionId">The reception the line belongs to.</param>
/// <param name="Title">The reception's title.</param>
/// <param name="Status">The reception's status now.</param>
/// <param name="CostId">The cost line.</param>
/// <param name="IncurredOn">The line's business date (the report's period is on this date).</param>
/// <param name="Amount">The line's amount in CNY.</param>
/// <param name="Standard">The standard it was checked against in CNY (standard × persons × units).</param>
/// <param name="Excess">Amount − standard, in CNY.</param>
/// <param name="Explanation">The explanation recorded with the line.</param>
/// <param name="ExplanationApprovedBy">The staff member who approved the explanation, or null while it is not approved (an open violation).</param>
/// <param name="ExplanationApprovedAt">When it was approved (UTC), or null.</param>
public sealed record OverStandardReportRow(
    Guid OrganId, Guid ReceptionId, string Title, ReceptionStatus Status, Guid CostId, ReceptionCostCategory Category, DateOnly IncurredOn,
    decimal Amount, decimal Standard, decimal Excess, string Explanation, Guid? ExplanationApprovedBy, DateTimeOffset? ExplanationApprovedAt);

/// <summary>
/// One sending unit (来函单位) and the receptions its letters funded in a budget year: one row of the report of the
/// most frequent senders. A unit is the same when its credit code is; a unit without a credit code is known by its name.
/// </summary>
/// <param name="Rank">1 for the most frequent sender, then 2, 3 … (ties share no rank: the order breaks them by spending, then by name).</param>
/// <param name="SenderName">The unit's name (for a credit code written under several names, the name on most of its letters).</param>
/// <param name="SenderCreditCode">The unit's unified social credit code, or null when its letters carry none.</param>
/// <param name="Receptions">Receptions approved, held or settled whose first day is in the year.</param>
/// <param name="Guests">Their guests, as named on the letters.</param>
/// <param name="Budget">Their approved budgets in CNY.</param>
/// <param name="Actual">Their recorded spending in CNY (guest fees not included).</param>
public sealed record SenderReportRow(int Rank, string SenderName, string? SenderCreditCode, int Receptions, int Guests, decimal Budget, decimal Actual);
