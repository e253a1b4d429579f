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
using OrganAffairs.Vehicles.Support;

namespace OrganAffairs.Vehicles.Features;

/// <summary>Correct the amount of a vehicle cost (Vehicles_CorrectCost): the route.</summary>
internal static class CorrectCost
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder vehicles) =>
        vehicles.MapPost("/{id:guid}/costs/{costId:guid}/corrections", Handle).WithName("Vehicles_CorrectCost")
            .WithSummary("Correct the amount of a vehicle cost (费用更正), with a reason")
            .WithDescription("The cost takes the new amount (the vehicle's monthly costs follow); the correction is kept with the amount before, the signed difference and the reason, audited, and published as VehicleCostCorrected (the difference, dated on the cost's business date) after commit, so Costs posts it once as its own item. The same amount is 422 vehicles.correction-unchanged; two corrections of the same cost at once answer one 201 and one 409 concurrency.conflict. Accepts Idempotency-Key.")
            .Produces<CostCorrectionResponse>(StatusCodes.Status201Created).CreateProblems(404, 422)
            .RequireScope(VehiclesModule.WriteScope);

    private static async Task<Created<CostCorrectionResponse>> Handle(Guid id, Guid costId, CorrectCostRequest body, IMediator mediator, CancellationToken ct)
    {
        var correction = await mediator.Send(new CorrectCostCommand(id, costId, body), ct);
        return TypedResults.Created($"{VehiclesEndpoints.Root}/{id}/costs?month={correction.OccurredOn:yyyy-MM}", correction);
    }
}

internal sealed record CorrectCostCommand(Guid VehicleId, Guid CostId, CorrectCostRequest Body) : ICommand<CostCorrectionResponse>;

internal sealed class CorrectCostValidator : AbstractValidator<CorrectCostCommand>
{
    public CorrectCostValidator()
    {
        RuleFor(c => c.Body.Amount).Yuan();
        RuleFor(c => c.Body.Reason).NotEmpty().MaximumLength(500);
    }
}

/// <summary>A cost's amount corrected: the cost row takes it (guarded on the amount read), the correction row keeps the difference; VehicleCostCorrected after commit.</summary>
internal sealed class CorrectCostHandler(VehicleRepository vehicles, CostRepository costs, OutboxBuffer outbox, AuditTrail audit, IdGenerator ids, BusinessClock clock)
    : IRequestHandler<CorrectCostCommand, CostCorrectionResponse>
{
    public async Task<CostCorrectionResponse> Handle(CorrectCostCommand command, CancellationToken ct)
    {
        var vehicle = await vehicles.GetVisibleAsync(command.VehicleId, ct) ?? throw new ProblemException(VehiclesErrors.VehicleNotFound);
        var cost = await costs.GetAsync(vehicle.Id, command.CostId, ct) ?? throw new ProblemException(VehiclesErrors.CostNotFound);
        var amount = Yuan.ToFen(command.Body.Amount);
        if (amount == cost.AmountFen)
        {
            throw new ProblemException(VehiclesErrors.CorrectionUnchanged);
        }
        var row = new CostCorrectionRow
        {
            Id = ids.NewId(), CostId = cost.Id, VehicleId = cost.VehicleId, OrganId = cost.OrganId, PreviousFen = cost.AmountFen, AmountFen = amount,
            DifferenceFen = amount - cost.AmountFen, OccurredOn = cost.OccurredOn, Reason = command.Body.Reason.Trim(), CreatedAt = clock.UtcNow,
        };
        if (!await costs.CorrectAsync(row, ct))
        {
            throw new ProblemException(SharedErrors.ConcurrentChange);
        }
        var response = new CostCorrectionResponse(row.Id, row.CostId, row.VehicleId, row.OrganId, Yuan.FromFen(row.PreviousFen), Yuan.FromFen(row.AmountFen),
            Yuan.FromFen(row.DifferenceFen), row.OccurredOn, row.Reason, row.CreatedAt);
        audit.Record("VehicleCostCorrection", row.Id, row.OrganId, AuditTrail.Diff(null, response));
        outbox.Enqueue(new VehicleCostCorrected(ids.NewId(), row.CreatedAt, row.Id, row.CostId, row.VehicleId, row.OrganId, cost.Kind, VehicleCostRecorded.OperationLine,
            row.AmountFen, row.DifferenceFen, row.OccurredOn));
        return response;
    }
}
