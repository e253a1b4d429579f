using OrganAffairs.Contracts.Common;

namespace OrganAffairs.Contracts.Vehicles;

/// <summary>Fuel (litres) or charge (kWh) was recorded for a vehicle, on a completed trip (TripId) or as a cost — Energy may count it.</summary>
public sealed record FuelOrChargeRecorded(
    Guid EventId, DateTimeOffset OccurredAt, Guid VehicleId, Guid OrganId, Guid? TripId, EnergyType EnergyType,
    decimal? FuelLitres, decimal? ChargeKwh, DateOnly OccurredOn) : IIntegrationEvent;

/// <summary>A cost was recorded against a vehicle (单车核算), amount in yuan.</summary>
public sealed record VehicleCostRecorded(
    Guid EventId, DateTimeOffset OccurredAt, Guid CostId, Guid VehicleId, Guid OrganId, CostKind Kind, decimal Amount, DateOnly OccurredOn) : IIntegrationEvent;
