using MediatR;
using Microsoft.Extensions.Logging;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Energy;
using OrganAffairs.Contracts.Vehicles;
using OrganAffairs.Energy.Data;
using OrganAffairs.Energy.Domain;
using OrganAffairs.Energy.Support;

namespace OrganAffairs.Energy.Features;

/// <summary>
/// Fuel and charge recorded by the Vehicles module count toward the owning organ's institution: petrol
/// (gasoline, hybrids) and diesel in litres → kg by the density in force that day, charge in kWh → electricity,
/// all under the Special subsystem. The event id makes a redelivery a no-op.
/// </summary>
internal sealed record RecordVehicleFuelCommand(FuelOrChargeRecorded Event) : ICommand<Unit>;

internal sealed class RecordVehicleFuelHandler(
    InstitutionRepository institutions, ReadingRepository readings, RollupRepository rollups, EnergyRuleBook book, OverrunDetector overruns,
    ILogger<RecordVehicleFuelHandler> logger)
    : IRequestHandler<RecordVehicleFuelCommand, Unit>
{
    public async Task<Unit> Handle(RecordVehicleFuelCommand command, CancellationToken ct)
    {
        var e = command.Event;
        if (await institutions.GetByOrganAsync(e.OrganId, ct) is not { } institution)
        {
            logger.LogInformation("Vehicle fuel of organ {OrganId} not counted: the organ is not a registered public institution", e.OrganId);
            return Unit.Value;
        }
        if (await readings.VehicleEventSeenAsync(e.EventId, ct))
        {
            return Unit.Value;
        }
        await book.LoadAsync(ct);
        var division = await book.DivisionOfAsync(institution.OrganId, ct);
        var additions = new Dictionary<RollupKey, long>();
        if (e.FuelLitres is > 0 && VehicleFuels.KindOf(e.EnergyType) is { } fuel)
        {
            var density = book.Coefficient(RuleKinds.Density, fuel, division, e.OccurredOn);
            if (density is null)
            {
                logger.LogWarning("Vehicle fuel event {EventId} not counted: no {Kind} density in force on {Day}", e.EventId, fuel, e.OccurredOn);
                return Unit.Value;
            }
            var kg = Scaled.RoundMilli(e.FuelLitres.Value * 1000m * density.Value);
            await readings.InsertVehicleFuelAsync(e.EventId, institution.Id, e.VehicleId, fuel.ToString(), e.OccurredOn, kg, ct);
            additions[new RollupKey(institution.Id, e.OccurredOn, fuel, Subsystem.Special)] = kg;
        }
        else if (e.ChargeKwh is > 0)
        {
            var kwh = Scaled.RoundMilli(e.ChargeKwh.Value * 1000m);
            await readings.InsertVehicleFuelAsync(e.EventId, institution.Id, e.VehicleId, nameof(EnergyKind.Electricity), e.OccurredOn, kwh, ct);
            additions[new RollupKey(institution.Id, e.OccurredOn, EnergyKind.Electricity, Subsystem.Special)] = kwh;
        }
        else
        {
            return Unit.Value;
        }
        await rollups.AddAsync(additions, ct);
        await overruns.CheckAsync([(institution.Id, e.OccurredOn.Year)], ct);
        return Unit.Value;
    }
}
