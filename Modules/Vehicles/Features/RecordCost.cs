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

/// <summary>Record a cost of a vehicle (Vehicles_RecordCost): the route.</summary>
internal static class RecordCost
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder vehicles) =>
        vehicles.MapPost("/{id:guid}/costs", Handle).WithName("Vehicles_RecordCost")
            .WithSummary("Record a cost of a vehicle (单车核算)")
            .WithDescription("Fuel, charge, repair, insurance, tolls, parking or other, in CNY; counted in the month of occurredOn. For Fuel the quantity is litres, for Charge kWh. Publishes VehicleCostRecorded (and FuelOrChargeRecorded with a quantity) after commit. Accepts Idempotency-Key.")
            .Produces<CostResponse>(StatusCodes.Status201Created).CreateProblems(404)
            .RequireScope(VehiclesModule.WriteScope);

    private static async Task<Created<CostResponse>> Handle(Guid id, RecordCostRequest body, IMediator mediator, CancellationToken ct)
    {
        var cost = await mediator.Send(new RecordCostCommand(id, body), ct);
        return TypedResults.Created($"{VehiclesEndpoints.Root}/{id}/costs?month={cost.Month}", cost);
    }
}

internal sealed record RecordCostCommand(Guid VehicleId, RecordCostRequest Body) : ICommand<CostResponse>;

internal sealed class RecordCostValidator : AbstractValidator<RecordCostCommand>
{
    public RecordCostValidator()
    {
        RuleFor(c => c.Body.Kind).IsInEnum();
        RuleFor(c => c.Body.Amount).Yuan();
        RuleFor(c => c.Body.OccurredOn).NotEmpty();
        RuleFor(c => c.Body.Quantity)
            .Must((c, q) => c.Body.Kind is CostKind.Fuel or CostKind.Charge ? Quantity.IsValid(q) : q is null)
            .WithErrorCode(VehiclesErrors.QuantityInvalid.Code).WithMessage(_ => VehiclesErrors.QuantityInvalid.Title);
        RuleFor(c => c.Body.Note).MaximumLength(500);
    }
}

/// <summary>单车核算: a cost of one vehicle, counted in the month of its business date; publishes VehicleCostRecorded (and FuelOrChargeRecorded with a quantity).</summary>
internal sealed class RecordCostHandler(VehicleRepository vehicles, CostRepository costs, OutboxBuffer outbox, AuditTrail audit, IdGenerator ids, BusinessClock clock)
    : IRequestHandler<RecordCostCommand, CostResponse>
{
    public async Task<CostResponse> Handle(RecordCostCommand command, CancellationToken ct)
    {
        var b = command.Body;
        var vehicle = await vehicles.GetVisibleAsync(command.VehicleId, ct) ?? throw new ProblemException(VehiclesErrors.VehicleNotFound);
        var now = clock.UtcNow;
        var row = new CostRow
        {
            Id = ids.NewId(), VehicleId = vehicle.Id, OrganId = vehicle.OrganId, Kind = b.Kind, AmountFen = Yuan.ToFen(b.Amount), OccurredOn = b.OccurredOn,
            Month = CostMonth.Of(b.OccurredOn), QuantityMilli = b.Quantity is { } q ? (long)(q * 1000m) : null, Note = b.Note?.Trim(), CreatedAt = now,
        };
        await costs.InsertAsync(row, ct);
        var response = row.ToResponse();
        audit.Record("VehicleCost", row.Id, row.OrganId, AuditTrail.Diff(null, response));
        outbox.Enqueue(new VehicleCostRecorded(ids.NewId(), now, row.Id, vehicle.Id, vehicle.OrganId, b.Kind, VehicleCostRecorded.OperationLine, row.AmountFen, b.OccurredOn, null, null));
        if (b.Quantity is > 0)
        {
            outbox.Enqueue(new FuelOrChargeRecorded(ids.NewId(), now, vehicle.Id, vehicle.OrganId, null, vehicle.EnergyType,
                b.Kind == CostKind.Fuel ? b.Quantity : null, b.Kind == CostKind.Charge ? b.Quantity : null, b.OccurredOn));
        }
        return response;
    }
}
