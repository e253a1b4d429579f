using FluentValidation;
using MediatR;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Vehicles;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Outbox;
using OrganAffairs.Shared.Time;
using OrganAffairs.Vehicles.Data;
using OrganAffairs.Vehicles.Domain;

namespace OrganAffairs.Vehicles.Features;

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
        if (vehicle.Status is VehicleStatus.Maintenance or VehicleStatus.Sealed or VehicleStatus.Disposed)
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

internal sealed record CompleteTripCommand(Guid Id, CompleteTripRequest Body) : ICommand<TripResponse>;

internal sealed class CompleteTripValidator : AbstractValidator<CompleteTripCommand>
{
    public CompleteTripValidator()
    {
        RuleFor(c => c.Body.OdometerInKm).InclusiveBetween(0, 3_000_000);
        RuleFor(c => c.Body.FuelLitres).Must(TripMapping.IsQuantity).WithErrorCode(VehiclesErrors.QuantityInvalid.Code).WithMessage(_ => VehiclesErrors.QuantityInvalid.Title);
        RuleFor(c => c.Body.ChargeKwh).Must(TripMapping.IsQuantity).WithErrorCode(VehiclesErrors.QuantityInvalid.Code).WithMessage(_ => VehiclesErrors.QuantityInvalid.Title);
        RuleFor(c => c.Body.Tolls).Must(v => v is null || Money.IsYuan(v.Value)).WithErrorCode(VehiclesErrors.MoneyInvalid.Code).WithMessage(_ => VehiclesErrors.MoneyInvalid.Title);
        RuleFor(c => c.Body.Parking).Must(v => v is null || Money.IsYuan(v.Value)).WithErrorCode(VehiclesErrors.MoneyInvalid.Code).WithMessage(_ => VehiclesErrors.MoneyInvalid.Title);
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
        trip.TollsFen = b.Tolls is { } t ? Money.ToFen(t) : null;
        trip.ParkingFen = b.Parking is { } p ? Money.ToFen(p) : null;
        trip.Version = expected + 1;
        trip.UpdatedAt = now;
        if (!await trips.UpdateAsync(trip, expected, ct))
        {
            throw new ProblemException(SharedErrors.ConcurrentChange);
        }
        // The trip's distance counts in the month it started; its tolls and parking become costs of the vehicle (单车核算).
        var month = CostMapping.MonthOf(clock.DateOf(trip.StartsAt));
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
                outbox.Enqueue(new VehicleCostRecorded(ids.NewId(), now, cost.Id, vehicle.Id, vehicle.OrganId, kind, Money.ToYuan(fen.Value), cost.OccurredOn));
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
