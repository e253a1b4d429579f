namespace OrganAffairs.Contracts.Vehicles;

/// <summary>Registers a driver (驾驶员).</summary>
/// <param name="OrganId">The driver's organ.</param>
/// <param name="Name" example="王师傅">Name, at most 100 characters.</param>
/// <param name="LicenceClass" example="C1">Licence class (准驾车型), one of the licence-class rule table (GET /api/v1/vehicles/rules/licence-classes).</param>
/// <param name="LicenceExpiresOn" example="2030-06-30">Last day the licence is valid (yyyy-MM-dd).</param>
public sealed record CreateDriverRequest(Guid OrganId, string Name, string LicenceClass, DateOnly LicenceExpiresOn);

/// <summary>The settable fields of a driver (PUT with If-Match), e.g. after a licence renewal.</summary>
/// <param name="Name" example="王师傅">Name, at most 100 characters.</param>
/// <param name="LicenceClass" example="B1">Licence class.</param>
/// <param name="LicenceExpiresOn" example="2036-06-30">Last day the licence is valid.</param>
/// <param name="Status" example="Active">Active or Retired (a retired driver is never dispatched).</param>
public sealed record UpdateDriverRequest(string Name, string LicenceClass, DateOnly LicenceExpiresOn, DriverStatus Status);

/// <summary>A driver.</summary>
public sealed record DriverResponse(
    Guid Id, Guid OrganId, string Name, string LicenceClass, DateOnly LicenceExpiresOn, DriverStatus Status, long Version,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);

/// <summary>A trip request (用车申请).</summary>
/// <param name="OrganId">The organ that needs the car.</param>
/// <param name="Applicant" example="张三">Who applies, at most 100 characters.</param>
/// <param name="Purpose" example="赴市应急指挥中心参加会议">Purpose of the trip, at most 500 characters.</param>
/// <param name="Passengers" example="3">Passengers, not counting the driver (1–79).</param>
/// <param name="Origin" example="市政府大楼">Origin, at most 200 characters.</param>
/// <param name="Destination" example="市应急指挥中心">Destination, at most 200 characters.</param>
/// <param name="StartsAt" example="2026-12-01T01:00:00Z">Start of the time window (UTC instant).</param>
/// <param name="EndsAt" example="2026-12-01T04:00:00Z">End of the time window (UTC instant), after the start, at most 31 days later.</param>
public sealed record CreateTripRequest(
    Guid OrganId, string Applicant, string Purpose, int Passengers, string Origin, string Destination, DateTimeOffset StartsAt, DateTimeOffset EndsAt);

/// <summary>Rejects or cancels a trip request.</summary>
/// <param name="Reason" example="会议改为视频会议">Why, at most 500 characters.</param>
public sealed record TripReasonRequest(string Reason);

/// <summary>Dispatches (派车) an approved trip: assigns a vehicle and a driver.</summary>
/// <param name="VehicleId">The vehicle: enough seats, not in maintenance, sealed or disposed, no overlapping trip.</param>
/// <param name="DriverId">The driver: active, licence class covering the vehicle's body type and valid through the trip, no overlapping trip.</param>
/// <param name="EmergencyApprovalReference" example="应急〔2026〕3号">Needed when the trip falls in a sealed period (节假日封存), at most 200 characters.</param>
public sealed record DispatchTripRequest(Guid VehicleId, Guid DriverId, string? EmergencyApprovalReference);

/// <summary>Starts a dispatched trip.</summary>
/// <param name="OdometerOutKm" example="12045">Odometer when leaving (出车里程), not below the vehicle's recorded odometer.</param>
public sealed record StartTripRequest(int OdometerOutKm);

/// <summary>Completes (closes) a trip with its usage registration (用车登记).</summary>
/// <param name="OdometerInKm" example="12113">Odometer on return (收车里程), at least the odometer when leaving.</param>
/// <param name="FuelLitres" example="6.5">Fuel added in litres (up to 3 decimals), if any.</param>
/// <param name="ChargeKwh" example="18.2">Charge in kWh (up to 3 decimals), if any.</param>
/// <param name="Tolls" example="25.00">Tolls in CNY (2 decimals), if any.</param>
/// <param name="Parking" example="10.00">Parking fees in CNY (2 decimals), if any.</param>
public sealed record CompleteTripRequest(int OdometerInKm, decimal? FuelLitres, decimal? ChargeKwh, decimal? Tolls, decimal? Parking);

/// <summary>A trip request and, once dispatched, its vehicle, driver and usage.</summary>
public sealed record TripResponse(
    Guid Id, Guid OrganId, string Applicant, string Purpose, int Passengers, string Origin, string Destination,
    DateTimeOffset StartsAt, DateTimeOffset EndsAt, TripStatus Status, Guid? VehicleId, Guid? DriverId, string? EmergencyApprovalReference,
    string? Reason, int? OdometerOutKm, int? OdometerInKm, decimal? FuelLitres, decimal? ChargeKwh, decimal? Tolls, decimal? Parking,
    long Version, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);

/// <summary>A sealed period (节假日封存) of the calendar: dispatch inside it needs an emergency approval reference.</summary>
/// <param name="Name" example="2026 年国庆节">Name, at most 100 characters.</param>
/// <param name="StartsOn" example="2026-10-01">First sealed business day (yyyy-MM-dd).</param>
/// <param name="EndsOn" example="2026-10-08">Last sealed business day, inclusive.</param>
public sealed record CreateSealedPeriodRequest(string Name, DateOnly StartsOn, DateOnly EndsOn);

/// <summary>A sealed period.</summary>
public sealed record SealedPeriodResponse(Guid Id, string Name, DateOnly StartsOn, DateOnly EndsOn);

/// <summary>Records a cost against a vehicle (单车核算).</summary>
/// <param name="Kind" example="Repair">Fuel, Charge, Repair, Insurance, Tolls, Parking or Other.</param>
/// <param name="Amount" example="860.00">CNY, 2 decimals.</param>
/// <param name="OccurredOn" example="2026-11-20">Business date of the cost; it is counted in that month.</param>
/// <param name="Quantity" example="42.5">For Fuel: litres; for Charge: kWh (up to 3 decimals); otherwise null.</param>
/// <param name="Note" example="更换刹车片">At most 500 characters.</param>
public sealed record RecordCostRequest(CostKind Kind, decimal Amount, DateOnly OccurredOn, decimal? Quantity, string? Note);

/// <summary>A cost of a vehicle.</summary>
public sealed record CostResponse(
    Guid Id, Guid VehicleId, Guid OrganId, CostKind Kind, decimal Amount, DateOnly OccurredOn, string Month, decimal? Quantity, Guid? TripId, string? Note,
    DateTimeOffset CreatedAt);

/// <summary>One vehicle's costs in one month (单车核算).</summary>
/// <param name="Month" example="2026-11">yyyy-MM (business time zone).</param>
public sealed record VehicleMonthCosts(
    Guid VehicleId, string Plate, Guid OrganId, string Month, decimal Fuel, decimal Charge, decimal Repair, decimal Insurance, decimal Tolls,
    decimal Parking, decimal Other, decimal Total, int DistanceKm);

/// <summary>An organ's cost totals over the report's months.</summary>
public sealed record OrganCostTotals(
    Guid OrganId, decimal Fuel, decimal Charge, decimal Repair, decimal Insurance, decimal Tolls, decimal Parking, decimal Other, decimal Total, int DistanceKm);

/// <summary>Per-vehicle, per-month costs and per-organ totals.</summary>
public sealed record CostReportResponse(string From, string To, IReadOnlyList<VehicleMonthCosts> Vehicles, IReadOnlyList<OrganCostTotals> Organs);

/// <summary>Corrects a vehicle's odometer (里程更正); audited with its reason.</summary>
/// <param name="OdometerKm" example="56210">The corrected reading in km.</param>
/// <param name="Reason" example="仪表更换后读数更正">Why, at most 500 characters (required).</param>
/// <param name="ApprovalReference" example="苏机管〔2026〕21号">The approving document, at most 200 characters; required (with the bureau's role) when an upward correction makes the vehicle eligible for renewal (V8).</param>
public sealed record CorrectOdometerRequest(int OdometerKm, string Reason, string? ApprovalReference = null);
