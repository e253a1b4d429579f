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

/// <summary>Start a dispatched trip (Vehicles_StartTrip): the route.</summary>
internal static class StartTrip
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder trips) =>
        trips.MapPost("/{id:guid}/start", Handle).WithName("Vehicles_StartTrip")
            .WithSummary("Start a dispatched trip (出车) with the odometer reading")
            .WithDescription("Dispatched → InProgress; the vehicle goes OnTrip. The reading may not be below the vehicle's recorded odometer (400).")
            .Produces<TripResponse>().Problems(400, 404, 409, 413, 415)
            .RequireScope(VehiclesModule.WriteScope);

    private static async Task<Ok<TripResponse>> Handle(Guid id, StartTripRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new StartTripCommand(id, body), ct), t => t.Version);
}

internal sealed record StartTripCommand(Guid Id, StartTripRequest Body) : ICommand<TripResponse>;

internal sealed class StartTripValidator : AbstractValidator<StartTripCommand>
{
    public StartTripValidator() => RuleFor(c => c.Body.OdometerOutKm).InclusiveBetween(0, 3_000_000);
}

/// <summary>出车: the vehicle goes OnTrip; the odometer reading out may not be below the vehicle's recorded odometer.</summary>
internal sealed class StartTripHandler(TripRepository trips, VehicleRepository vehicles, AuditTrail audit, BusinessClock clock)
    : IRequestHandler<StartTripCommand, TripResponse>
{
    public async Task<TripResponse> Handle(StartTripCommand command, CancellationToken ct)
    {
        var trip = await trips.GetVisibleAsync(command.Id, ct) ?? throw new ProblemException(VehiclesErrors.TripNotFound);
        if (trip.Status != TripStatus.Dispatched)
        {
            throw new ProblemException(VehiclesErrors.TripState, detail: $"{trip.Status} → {TripStatus.InProgress}");
        }
        await vehicles.LockAsync(trip.VehicleId!.Value, ct);
        var vehicle = (await vehicles.GetAsync(trip.VehicleId.Value, ct))!;
        if (command.Body.OdometerOutKm < vehicle.OdometerKm)
        {
            throw ProblemException.ForField(VehiclesErrors.OdometerBackwards, "odometerOutKm", $"{VehiclesErrors.OdometerBackwards.Title} ({vehicle.OdometerKm})");
        }
        if (DispatchChecks.IsOutOfService(vehicle.Status))
        {
            throw new ProblemException(VehiclesErrors.VehicleUnavailable, detail: vehicle.Status.ToString());
        }
        var now = clock.UtcNow;
        var vehicleBefore = vehicle.ToResponse();
        var vehicleVersion = vehicle.Version;
        vehicle.Status = VehicleStatus.OnTrip;
        vehicle.OdometerKm = command.Body.OdometerOutKm;
        vehicle.Version = vehicleVersion + 1;
        vehicle.UpdatedAt = now;
        await vehicles.UpdateAsync(vehicle, vehicleVersion, ct);
        audit.Record("Vehicle", vehicle.Id, vehicle.OrganId, AuditTrail.Diff(vehicleBefore, vehicle.ToResponse()));

        var before = trip.ToResponse();
        var expected = trip.Version;
        trip.Status = TripStatus.InProgress;
        trip.OdometerOutKm = command.Body.OdometerOutKm;
        trip.Version = expected + 1;
        trip.UpdatedAt = now;
        if (!await trips.UpdateAsync(trip, expected, ct))
        {
            throw new ProblemException(SharedErrors.ConcurrentChange);
        }
        var after = trip.ToResponse();
        audit.Record("Trip", trip.Id, trip.OrganId, AuditTrail.Diff(before, after));
        return after;
    }
}
