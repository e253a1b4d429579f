using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Vehicles;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;
using OrganAffairs.Vehicles.Data;
using OrganAffairs.Vehicles.Domain;
using OrganAffairs.Vehicles.Support;

namespace OrganAffairs.Vehicles.Features;

/// <summary>Dispatch an approved trip (Vehicles_DispatchTrip): the route.</summary>
internal static class DispatchTrip
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder trips) =>
        trips.MapPost("/{id:guid}/dispatch", Handle).WithName("Vehicles_DispatchTrip")
            .WithSummary("Dispatch an approved trip (派车): assign a vehicle and a driver")
            .WithDescription("Checks, under a row lock on the vehicle and then the driver: vehicle not in maintenance, sealed or disposed (409); seats ≥ passengers + driver (422); licence class covers the body type and the licence is valid through the trip's last day (422); inside a sealed period an emergency approval reference (422); no overlapping trip of the vehicle (409 vehicles.double-booked) or the driver (409 vehicles.driver-double-booked) — touching windows are fine; the problem's detail names the conflicting window, and the conflicting trip's id only when the caller may see it.")
            .Produces<TripResponse>().Problems(400, 404, 409, 413, 415, 422)
            .RequireScope(VehiclesModule.WriteScope);

    private static async Task<Ok<TripResponse>> Handle(Guid id, DispatchTripRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new DispatchTripCommand(id, body), ct), t => t.Version);
}

internal sealed record DispatchTripCommand(Guid Id, DispatchTripRequest Body) : ICommand<TripResponse>;

internal sealed class DispatchTripValidator : AbstractValidator<DispatchTripCommand>
{
    public DispatchTripValidator()
    {
        RuleFor(c => c.Body.VehicleId).NotEmpty();
        RuleFor(c => c.Body.DriverId).NotEmpty();
        RuleFor(c => c.Body.EmergencyApprovalReference).MaximumLength(200);
    }
}

/// <summary>
/// 派车. Correct under concurrency on every provider and across Host instances: inside the transaction
/// the vehicle row and then the driver row are locked (always in that order, so two dispatches cannot
/// deadlock), then the overlap is checked, then the trip is written. A second dispatch of the same
/// vehicle or driver waits on the lock and then sees the first one's trip.
/// </summary>
internal sealed class DispatchTripHandler(
    TripRepository trips, VehicleRepository vehicles, DriverRepository drivers, RuleRepository rules, IMediator mediator,
    OrganScope scope, AuditTrail audit, BusinessClock clock)
    : IRequestHandler<DispatchTripCommand, TripResponse>
{
    public async Task<TripResponse> Handle(DispatchTripCommand command, CancellationToken ct)
    {
        var b = command.Body;
        var trip = await trips.GetVisibleAsync(command.Id, ct) ?? throw new ProblemException(VehiclesErrors.TripNotFound);
        if (trip.Status != TripStatus.Approved)
        {
            throw new ProblemException(VehiclesErrors.TripState, detail: $"{trip.Status} → {TripStatus.Dispatched}");
        }
        if (await vehicles.GetVisibleAsync(b.VehicleId, ct) is null)
        {
            throw ProblemException.ForField(VehiclesErrors.VehicleRefNotFound, "vehicleId");
        }
        if (await drivers.GetVisibleAsync(b.DriverId, ct) is null)
        {
            throw ProblemException.ForField(VehiclesErrors.DriverRefNotFound, "driverId");
        }

        await vehicles.LockAsync(b.VehicleId, ct);
        await drivers.LockAsync(b.DriverId, ct);
        // Read again under the locks: what a concurrent dispatch committed is visible now.
        var vehicle = (await vehicles.GetAsync(b.VehicleId, ct))!;
        var driver = (await drivers.GetAsync(b.DriverId, ct))!;

        if (DispatchChecks.IsOutOfService(vehicle.Status))
        {
            throw new ProblemException(VehiclesErrors.VehicleUnavailable, detail: vehicle.Status.ToString());
        }
        if (driver.Status != DriverStatus.Active)
        {
            throw new ProblemException(VehiclesErrors.DriverUnavailable);
        }
        if (!DispatchChecks.HasSeatsFor(vehicle.Seats, trip.Passengers))
        {
            throw new ProblemException(VehiclesErrors.NotEnoughSeats, detail: $"seats {vehicle.Seats}, passengers {trip.Passengers} + driver");
        }
        var organ = await VehicleRules.OrganAsync(mediator, trip.OrganId, "organId", ct);
        var licence = await DriverMapping.EnsureClassAsync(rules, driver.LicenceClass, organ.DivisionCode, clock.Today, ct);
        if (!licence.BodyTypes.Contains(vehicle.BodyType))
        {
            throw new ProblemException(VehiclesErrors.LicenceClassMismatch, detail: $"{driver.LicenceClass} ⊉ {vehicle.BodyType}");
        }
        var lastDay = DispatchChecks.LicenceNeededThrough(clock.Today, clock.DateOf(trip.EndsAt));
        if (!DispatchChecks.IsLicenceValidThrough(driver.LicenceExpiresOn, lastDay))
        {
            throw new ProblemException(VehiclesErrors.LicenceExpired, detail: $"expires {driver.LicenceExpiresOn:yyyy-MM-dd}, needed through {lastDay:yyyy-MM-dd}");
        }
        var emergency = DispatchChecks.EmergencyReference(b.EmergencyApprovalReference);
        var sealedPeriod = (await trips.SealedPeriodsAsync(clock.DateOf(trip.StartsAt), clock.DateOf(trip.EndsAt), ct)).FirstOrDefault();
        if (sealedPeriod is not null && emergency is null)
        {
            throw new ProblemException(VehiclesErrors.SealedPeriod, detail: $"{sealedPeriod.Name} {sealedPeriod.StartsOn:yyyy-MM-dd}–{sealedPeriod.EndsOn:yyyy-MM-dd}");
        }

        if (await trips.OverlapAsync("vehicle_id", vehicle.Id, trip.StartsAt, trip.EndsAt, ct) is { } vehicleClash)
        {
            throw new ProblemException(VehiclesErrors.VehicleDoubleBooked, detail: await DescribeAsync(vehicleClash, ct));
        }
        if (await trips.OverlapAsync("driver_id", driver.Id, trip.StartsAt, trip.EndsAt, ct) is { } driverClash)
        {
            throw new ProblemException(VehiclesErrors.DriverDoubleBooked, detail: await DescribeAsync(driverClash, ct));
        }

        var before = trip.ToResponse();
        var expected = trip.Version;
        trip.Status = TripStatus.Dispatched;
        trip.VehicleId = vehicle.Id;
        trip.DriverId = driver.Id;
        trip.EmergencyApprovalReference = emergency;
        trip.Version = expected + 1;
        trip.UpdatedAt = clock.UtcNow;
        if (!await trips.UpdateAsync(trip, expected, ct))
        {
            throw new ProblemException(SharedErrors.ConcurrentChange);
        }
        var after = trip.ToResponse();
        audit.Record("Trip", trip.Id, trip.OrganId, AuditTrail.Diff(before, after));
        return after;
    }

    /// <summary>The conflicting window always; the conflicting trip's id only when the caller may see it.</summary>
    private async Task<string> DescribeAsync(BookingRow clash, CancellationToken ct)
    {
        var window = DispatchChecks.Window(clash.StartsAt, clash.EndsAt);
        return await scope.CanSeeAsync(clash.OrganId, ct) ? $"trip {clash.Id} {window}" : window;
    }
}
