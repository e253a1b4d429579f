using OrganAffairs.Contracts.Vehicles;

namespace OrganAffairs.Vehicles.Data;

/// <summary>A row of vehicles_driver.</summary>
internal sealed class DriverRow
{
    public Guid Id { get; set; }
    public Guid OrganId { get; set; }
    public string Name { get; set; } = "";
    public string LicenceClass { get; set; } = "";
    public DateOnly LicenceExpiresOn { get; set; }
    public DriverStatus Status { get; set; }
    public long Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>A row of vehicles_trip.</summary>
internal sealed class TripRow
{
    public Guid Id { get; set; }
    public Guid OrganId { get; set; }
    public string Applicant { get; set; } = "";
    public string Purpose { get; set; } = "";
    public int Passengers { get; set; }
    public string Origin { get; set; } = "";
    public string Destination { get; set; } = "";
    public DateTimeOffset StartsAt { get; set; }
    public DateTimeOffset EndsAt { get; set; }
    public TripStatus Status { get; set; }
    public Guid? VehicleId { get; set; }
    public Guid? DriverId { get; set; }
    public string? EmergencyApprovalReference { get; set; }
    public string? Reason { get; set; }
    public int? OdometerOutKm { get; set; }
    public int? OdometerInKm { get; set; }
    public long? FuelMl { get; set; }
    public long? ChargeWh { get; set; }
    public long? TollsFen { get; set; }
    public long? ParkingFen { get; set; }
    public long Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>A trip that holds a vehicle or driver in a window.</summary>
internal sealed class BookingRow
{
    public Guid Id { get; set; }
    public Guid OrganId { get; set; }
    public DateTimeOffset StartsAt { get; set; }
    public DateTimeOffset EndsAt { get; set; }
}

/// <summary>A row of vehicles_sealed_period.</summary>
internal sealed class SealedPeriodRow
{
    public Guid Id { get; set; }
    public string Name { get; set; } = "";
    public DateOnly StartsOn { get; set; }
    public DateOnly EndsOn { get; set; }
}

internal sealed record DriverFilter(Guid? OrganId, DriverStatus? Status, string? Search);

internal sealed record TripFilter(Guid? OrganId, TripStatus? Status, Guid? VehicleId, Guid? DriverId, DateTimeOffset? From, DateTimeOffset? To);
