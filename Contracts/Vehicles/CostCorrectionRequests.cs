using OrganAffairs.Contracts.Common;

namespace OrganAffairs.Contracts.Vehicles;

/// <summary>Corrects the amount of a recorded vehicle cost (更正), with a reason.</summary>
/// <param name="Amount" example="820.00">The correct amount in CNY (0–100 million, 2 decimals); it differs from the current one.</param>
/// <param name="Reason" example="发票金额录入错误">Why, 1–500 characters (audited).</param>
public sealed record CorrectCostRequest(decimal Amount, string Reason);

/// <summary>A correction of a vehicle cost.</summary>
/// <param name="PreviousAmount">The cost's amount before this correction.</param>
/// <param name="Difference">Amount − previous amount (signed).</param>
/// <param name="OccurredOn">The corrected cost's business date (the correction counts in its month and year).</param>
public sealed record CostCorrectionResponse(
    Guid Id, Guid CostId, Guid VehicleId, Guid OrganId, decimal PreviousAmount, decimal Amount, decimal Difference, DateOnly OccurredOn, string Reason, DateTimeOffset CreatedAt);

/// <summary>
/// A vehicle cost was corrected, published through the outbox in the transaction that corrected it, in DESIGN's cost shape: the signed
/// difference in fen on the line <c>VehicleOperation</c>, dated on the corrected cost's business date (its year is the budget year).
/// </summary>
/// <param name="SourceId">The correction's id: consumers dedupe on it (each correction is its own source item).</param>
/// <param name="CostId">The corrected cost's id (the source id of its <see cref="VehicleCostRecorded"/>).</param>
/// <param name="AmountFen">The cost's amount after the correction.</param>
/// <param name="DifferenceFen">The signed difference the correction makes.</param>
/// <param name="PaidOn">The corrected cost's business date.</param>
public sealed record VehicleCostCorrected(
    Guid EventId, DateTimeOffset OccurredAt, Guid SourceId, Guid CostId, Guid VehicleId, Guid OrganId, CostKind Kind, string Line, long AmountFen, long DifferenceFen,
    DateOnly PaidOn) : IIntegrationEvent;

/// <summary>One correction as the backfill query answers it: the fields of <see cref="VehicleCostCorrected"/>.</summary>
public sealed record VehicleCostCorrectionItem(Guid SourceId, Guid CostId, Guid VehicleId, Guid OrganId, string Line, long DifferenceFen, DateOnly PaidOn);

/// <summary>A page of corrections in source-id order; <paramref name="Next"/> is the cursor of the next page, null at the end.</summary>
public sealed record VehicleCostCorrectionPage(IReadOnlyList<VehicleCostCorrectionItem> Items, Guid? Next);

/// <summary>
/// Cross-module query for backfill and reconciliation: the cost corrections whose corrected cost's business date is in
/// <paramref name="Year"/> (every year when null), keyed by the correction's id, a page of at most <paramref name="PageSize"/> (1–1000)
/// after <paramref name="After"/>. Every organ's to the system principal; an ordinary principal only its visible organs'.
/// </summary>
public sealed record ListVehicleCostCorrectionsQuery(int? Year, Guid? After, int PageSize) : MediatR.IRequest<VehicleCostCorrectionPage>;
