using System.Globalization;
using OrganAffairs.Contracts.Vehicles;

namespace OrganAffairs.Vehicles.Domain;

/// <summary>The checks of dispatching (派车) and starting a trip that need no database; the handlers read the rows and raise the problems.</summary>
internal static class DispatchChecks
{
    /// <summary>A vehicle in maintenance, sealed or disposed is neither dispatched nor started.</summary>
    public static bool IsOutOfService(VehicleStatus status) => status is VehicleStatus.Maintenance or VehicleStatus.Sealed or VehicleStatus.Disposed;

    /// <summary>Seats include the driver's: exactly enough is passengers + 1.</summary>
    public static bool HasSeatsFor(int seats, int passengers) => passengers + 1 <= seats;

    /// <summary>The last day the licence must be valid: today and through the last day of the trip.</summary>
    public static DateOnly LicenceNeededThrough(DateOnly today, DateOnly tripLastDay) => tripLastDay > today ? tripLastDay : today;

    /// <summary>A licence expiring on the last needed day is still valid that day.</summary>
    public static bool IsLicenceValidThrough(DateOnly expiresOn, DateOnly neededThrough) => expiresOn >= neededThrough;

    /// <summary>The emergency approval reference, or null when blank: inside a sealed period a dispatch needs one.</summary>
    public static string? EmergencyReference(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>A conflicting booking's window as two UTC instants, for the problem's detail.</summary>
    public static string Window(DateTimeOffset startsAt, DateTimeOffset endsAt) =>
        $"{startsAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)}/{endsAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)}";
}
