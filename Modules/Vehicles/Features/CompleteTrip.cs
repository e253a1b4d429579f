using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Vehicles;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Money;
using OrganAffairs.Shared.Outbox;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;
using OrganAffairs.Vehicles.Data;
using OrganAffairs.Vehicles.Domain;
using OrganAffairs.Vehicles.Support;

namespace OrganAffairs.Vehicles.Features;

/// <summary>Complete and close a trip (Vehicles_CompleteTrip): the route.</summary>
internal static class CompleteTrip
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder trips) =>
        trips.MapPost("/{id:guid}/complete", Handle).WithName("Vehicles_CompleteTrip")
            .WithSummary("Complete and close a trip (收车、用车登记)")
            .WithDescription("InProgress → Completed with odometer in (≥ out), fuel litres or charge kWh, tolls and parking; the vehicle is Available again. Publishes FuelOrChargeRecorded after commit when fuel or charge is recorded.")
            .Produces<TripResponse>().Problems(400, 404, 409, 413, 415)
            .RequireScope(VehiclesModule.WriteScope);

    private static async Task<Ok<TripResponse>> Handle(Guid id, CompleteTripRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new CompleteTripCommand(id, body), ct), t => t.Version);
}

internal sealed record CompleteTripCommand(Guid Id, CompleteTripRequest Body) : ICommand<TripResponse>;

internal sealed class CompleteTripValidator : AbstractValidator<CompleteTripCommand>
{
    public CompleteTripValidator()
    {
        RuleFor(c => c.Body.OdometerInKm).InclusiveBetween(0, 3_000_000);
        RuleFor(c => c.Body.FuelLitres).Must(Quantity.IsValid).WithErrorCode(VehiclesErrors.QuantityInvalid.Code).WithMessage(_ => VehiclesErrors.QuantityInvalid.Title);
        RuleFor(c => c.Body.ChargeKwh).Must(Quantity.IsValid).WithErrorCode(VehiclesErrors.QuantityInvalid.Code).WithMessage(_ => VehiclesErrors.QuantityInvalid.Title);
        RuleFor(c => c.Body.Tolls).Must(v => v is null || Yuan.IsValid(v.Value)).WithErrorCode(VehiclesErrors.MoneyInvalid.Code).WithMessage(_ => VehiclesErrors.MoneyInvalid.Title);
        RuleFor(c => c.Body.Parking).Must(v => v is null || Yuan.IsValid(v.Value)).WithErrorCode(VehiclesErrors.MoneyInvalid.Code).WithMessage(_ => VehiclesErrors.MoneyInvalid.Title);
    }
}

/// <summary>收车 and usage registration (用车登记): the trip closes, the vehicle is Available again with the new odometer.</summary>
internal sealed class CompleteTripHandler(
    TripRepository trips, VehicleRepository vehicles, CostRepository costs, OutboxBuffer outbox, AuditTrail audit, IdGenerator ids, BusinessClock clock)
    : IRequestHandler<CompleteTripCommand, TripResponse>
{
    public async Task<TripResponse> Handle(CompleteTripCommand command, CancellationToken ct)
    {
        var b = command.Body;
        var trip = await trips.GetVisibleAsync(command.Id, ct) ?? throw new ProblemException(VehiclesErrors.TripNotFound);
        if (trip.Status != TripStatus.InProgress)
        {
            throw new ProblemException(VehiclesErrors.TripState, detail: $"{trip.Status} → {TripStatus.Completed}");
        }
        if (b.OdometerInKm < trip.OdometerOutKm)
        {
            throw ProblemException.ForField(VehiclesErrors.OdometerBackwards, "odometerInKm", $"{VehiclesErrors.OdometerBackwards.Title} ({trip.OdometerOutKm})");
        }
        await vehicles.LockAsync(trip.VehicleId!.Value, ct);
        var vehicle = (await vehicles.GetAsync(trip.VehicleId.Value, ct))!;
        var now = clock.UtcNow;
        var vehicleBefore = vehicle.ToResponse();
        var vehicleVersion = vehicle.Version;
        vehicle.Status = vehicle.Status == VehicleStatus.OnTrip ? VehicleStatus.Available : vehicle.Status;
        vehicle.OdometerKm = Math.Max(vehicle.OdometerKm, b.OdometerInKm);
        vehicle.Version = vehicleVersion + 1;
        vehicle.UpdatedAt = now;
        await vehicles.UpdateAsync(vehicle, vehicleVersion, ct);
        audit.Record("Vehicle", vehicle.Id, vehicle.OrganId, AuditTrail.Diff(vehicleBefore, vehicle.ToResponse()));

        var before = trip.ToResponse();
        var expected = trip.Version;
        trip.Status = TripStatus.Completed;
        trip.OdometerInKm = b.OdometerInKm;
        trip.FuelMl = b.FuelLitres is { } l ? (long)(l * 1000m) : null;
        trip.ChargeWh = b.ChargeKwh is { } k ? (long)(k * 1000m) : null;
        trip.TollsFen = b.Tolls is { } t ? Yuan.ToFen(t) : null;
        trip.ParkingFen = b.Parking is { } p ? Yuan.ToFen(p) : null;
        trip.Version = expected + 1;
        trip.UpdatedAt = now;
        if (!await trips.UpdateAsync(trip, expected, ct))
        {
            throw new ProblemException(SharedErrors.ConcurrentChange);
        }
        // The trip's distance counts in the month it started; its tolls and parking become costs of the vehicle (单车核算).
        var month = CostMonth.Of(clock.DateOf(trip.StartsAt));
        await costs.SetTripMonthAsync(trip.Id, month, ct);
        foreach (var (kind, fen) in new[] { (CostKind.Tolls, trip.TollsFen), (CostKind.Parking, trip.ParkingFen) })
        {
            if (fen is > 0)
            {
                var cost = new CostRow
                {
                    Id = ids.NewId(), VehicleId = vehicle.Id, OrganId = vehicle.OrganId, Kind = kind, AmountFen = fen.Value,
                    OccurredOn = clock.DateOf(trip.StartsAt), Month = month, TripId = trip.Id, CreatedAt = now,
                };
                await costs.InsertAsync(cost, ct);
                audit.Record("VehicleCost", cost.Id, cost.OrganId, AuditTrail.Diff(null, cost.ToResponse()));
                outbox.Enqueue(new VehicleCostRecorded(ids.NewId(), now, cost.Id, vehicle.Id, vehicle.OrganId, kind, VehicleCostRecorded.OperationLine, fen.Value, cost.OccurredOn, null, null));
            }
        }
        if (b.FuelLitres is > 0 || b.ChargeKwh is > 0)
        {
            outbox.Enqueue(new FuelOrChargeRecorded(ids.NewId(), now, vehicle.Id, vehicle.OrganId, trip.Id, vehicle.EnergyType,
                b.FuelLitres, b.ChargeKwh, clock.DateOf(now)));
        }
        var after = trip.ToResponse();
        audit.Record("Trip", trip.Id, trip.OrganId, AuditTrail.Diff(before, after));
        return after;
    }
}
