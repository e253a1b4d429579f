using OrganAffairs.Contracts.Common;

namespace OrganAffairs.Contracts.Vehicles;

/// <summary>Fuel (litres) or charge (kWh) was recorded for a vehicle, on a completed trip (TripId) or as a cost — Energy may count it.</summary>
public sealed record FuelOrChargeRecorded(
    Guid EventId, DateTimeOffset OccurredAt, Guid VehicleId, Guid OrganId, Guid? TripId, EnergyType EnergyType,
    decimal? FuelLitres, decimal? ChargeKwh, DateOnly OccurredOn) : IIntegrationEvent;

/// <summary>
/// A cost was recorded against a vehicle (单车核算), published in the transaction that recorded it, in the shape of
/// DESIGN's money decision: the organ, the line (<c>VehicleOperation</c>, 公务用车运行维护费 — one of the 三公经费), the
/// amount in fen, the business date of the payment (its year is the budget year) and the source id (the cost's id).
/// A vehicle's purchase price is not a running cost (公务用车购置费 is its own line).
/// </summary>
/// <param name="EventId">Unique per event.</param>
/// <param name="OccurredAt">When it was recorded (UTC).</param>
/// <param name="SourceId">The cost's id in the Vehicles module (vehicles_cost); consumers dedupe on it.</param>
/// <param name="VehicleId">The vehicle.</param>
/// <param name="OrganId">The owning organ whose budget pays.</param>
/// <param name="Kind">Fuel, charge, repair, insurance, tolls, parking or other.</param>
/// <param name="Line">Always <c>VehicleOperation</c> from this event.</param>
/// <param name="AmountFen">The amount in fen.</param>
/// <param name="PaidOn">The business date of the cost.</param>
/// <param name="CorrectsEventId">Always null: a correction is its own notification, <see cref="VehicleCostCorrected"/>.</param>
/// <param name="DifferenceFen">Always null (see <see cref="VehicleCostCorrected"/>).</param>
public sealed record VehicleCostRecorded(
    Guid EventId, DateTimeOffset OccurredAt, Guid SourceId, Guid VehicleId, Guid OrganId, CostKind Kind, string Line, long AmountFen, DateOnly PaidOn,
    Guid? CorrectsEventId, long? DifferenceFen) : IIntegrationEvent
{
    /// <summary>The expense line of every vehicle cost: 公务用车运行维护费.</summary>
    public const string OperationLine = "VehicleOperation";
}

/// <summary>One vehicle cost as the backfill query answers it: the fields of <see cref="VehicleCostRecorded"/>, at the amount first recorded (its corrections are <see cref="ListVehicleCostCorrectionsQuery"/>'s).</summary>
public sealed record VehicleCostItem(Guid SourceId, Guid VehicleId, Guid OrganId, CostKind Kind, string Line, long AmountFen, DateOnly PaidOn);

/// <summary>A page of vehicle costs in source-id order; <paramref name="Next"/> is the cursor of the next page, null at the end.</summary>
public sealed record VehicleCostPage(IReadOnlyList<VehicleCostItem> Items, Guid? Next);

/// <summary>
/// Cross-module query for backfill and reconciliation (DESIGN, "New consumers of old events"): the vehicle costs of
/// <paramref name="Year"/> (every year when null) by business date, keyed by source id, a page of at most
/// <paramref name="PageSize"/> (1–1000) after the source id <paramref name="After"/>. Answers every organ's costs to the
/// system principal; an ordinary principal only its visible organs'.
/// </summary>
public sealed record ListVehicleCostsQuery(int? Year, Guid? After, int PageSize) : MediatR.IRequest<VehicleCostPage>;

/// <summary>An organ's vehicles in a budget year: the statistics of the 三公经费 disclosure (T4).</summary>
/// <param name="Bought">Vehicles acquired by purchase (购置) whose purchase date is in the year.</param>
/// <param name="HeldAtYearEnd">Vehicles purchased by the year's end and not disposed of by then.</param>
public sealed record VehicleCounts(int Bought, int HeldAtYearEnd);

/// <summary>
/// Cross-module query in bulk: per organ among <paramref name="OrganIds"/> that the caller may see, its vehicles bought in
/// <paramref name="Year"/> and held at its end (organs with none are absent). One query per report, never one per row.
/// </summary>
public sealed record GetVehicleCountsQuery(IReadOnlyCollection<Guid> OrganIds, int Year) : MediatR.IRequest<IReadOnlyDictionary<Guid, VehicleCounts>>;

/// <summary>
/// A vehicle entered the organ's ledger (登记), published through the outbox in the transaction that registered it, in the shape of
/// DESIGN's money decision: only a <see cref="AcquisitionMethod.Purchase"/> is 公务用车购置费 (<see cref="Line"/> VehiclePurchase) and
/// counts as bought; its price in fen; the purchase date (its year is the budget year); the source id is the vehicle's id.
/// </summary>
/// <param name="EventId">Unique per event.</param>
/// <param name="OccurredAt">When it was registered (UTC).</param>
/// <param name="SourceId">The vehicle's id; consumers dedupe on it.</param>
/// <param name="VehicleId">The vehicle.</param>
/// <param name="OrganId">The owning organ whose budget pays a purchase.</param>
/// <param name="Method">Purchase, TransferIn, InitialLedger or Other.</param>
/// <param name="Line">VehiclePurchase for a purchase; null otherwise (not one of the 三公经费).</param>
/// <param name="PriceFen">The purchase price in fen.</param>
/// <param name="AcquiredOn">The purchase (acquisition) date on the registration.</param>
public sealed record VehicleAcquired(
    Guid EventId, DateTimeOffset OccurredAt, Guid SourceId, Guid VehicleId, Guid OrganId, AcquisitionMethod Method, string? Line, long PriceFen,
    DateOnly AcquiredOn) : IIntegrationEvent
{
    /// <summary>The expense line of a purchase: 公务用车购置费.</summary>
    public const string PurchaseLine = "VehiclePurchase";
}

/// <summary>One purchased vehicle as the backfill and reconciliation query answers it: the fields of <see cref="VehicleAcquired"/>.</summary>
public sealed record VehiclePurchaseItem(Guid SourceId, Guid VehicleId, Guid OrganId, long PriceFen, DateOnly PurchasedOn);

/// <summary>A page of purchased vehicles in source-id order; <paramref name="Next"/> is the cursor of the next page, null at the end.</summary>
public sealed record VehiclePurchasePage(IReadOnlyList<VehiclePurchaseItem> Items, Guid? Next);

/// <summary>
/// Cross-module query for backfill and reconciliation: the vehicles acquired by <see cref="AcquisitionMethod.Purchase"/> with a
/// purchase date in <paramref name="Year"/> (every year when null), keyed by source id (the vehicle's id), a page of at most
/// <paramref name="PageSize"/> (1–1000) after <paramref name="After"/>. Every organ's to the system principal; an ordinary principal
/// only its visible organs'.
/// </summary>
public sealed record ListVehiclePurchasesQuery(int? Year, Guid? After, int PageSize) : MediatR.IRequest<VehiclePurchasePage>;
