using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Buildings;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Logistics;
using OrganAffairs.Logistics.Data;
using OrganAffairs.Logistics.Support;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Logistics.Features;

/// <summary>Assign a work order (Logistics_AssignWorkOrder): the route.</summary>
internal static class AssignWorkOrder
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder orders) =>
        orders.MapPost("/{id:guid}/assign", Handle).WithName("Logistics_AssignWorkOrder")
            .WithSummary("Assign a work order to a team or provider (派单)")
            .WithDescription("Triaged → Assigned, or reassign an Assigned order. To a provider: `contractId` names its property-service contract, which must be in force today and cover the order's catalogue item (422 logistics.contract-not-covering) and, when it lists buildings, the building of the order's room (422 logistics.building-outside-contract naming it; a missing contract is 400 on contractId); the assignee defaults to the provider's name. The order's service-level policy is chosen again: the contract's own policy for the order's category and priority in force on the raise date when it has one, else the general one (a reassignment to a team takes the general one); the deadlines are recomputed from the raise, a deadline already past is recorded as breached at once, and a breach recorded before stays. Without a contract the assignee (a team) is required. If-Match required.")
            .Produces<WorkOrderResponse>().UpdateProblems(422)
            .RequireScope(LogisticsModule.WriteScope);

    private static async Task<Ok<WorkOrderResponse>> Handle(Guid id, AssignWorkOrderRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new AssignWorkOrderCommand(id, ETags.RequireIfMatch(http), body), ct), o => o.Version);
}

internal sealed record AssignWorkOrderCommand(Guid Id, IfMatch IfMatch, AssignWorkOrderRequest Body) : ICommand<WorkOrderResponse>;

internal sealed class AssignWorkOrderValidator : AbstractValidator<AssignWorkOrderCommand>
{
    public AssignWorkOrderValidator()
    {
        RuleFor(c => c.Body.Assignee).NotEmpty().When(c => c.Body.ContractId is null).MaximumLength(200);
        RuleFor(c => c.Body.Note).MaximumLength(500);
    }
}

internal sealed class AssignWorkOrderHandler(WorkOrderWorkflow workflow, ContractRepository contracts, ServiceLevels levels, IMediator mediator) : IRequestHandler<AssignWorkOrderCommand, WorkOrderResponse>
{
    public async Task<WorkOrderResponse> Handle(AssignWorkOrderCommand command, CancellationToken ct)
    {
        var row = await workflow.LoadAsync(command.Id, command.IfMatch, WorkOrderAction.Assigned, ct);
        var assignee = command.Body.Assignee?.Trim();
        Guid? contractId = null;
        if (command.Body.ContractId is { } id)
        {
            var contract = await contracts.GetAsync(id, ct) ?? throw ProblemException.ForField(LogisticsErrors.ContractRefNotFound, "contractId");
            var today = workflow.DateOf(workflow.Now);
            if (!contract.InForceOn(today) || !contract.Items.Contains(row.ServiceItem))
            {
                throw new ProblemException(LogisticsErrors.ContractNotCovering,
                    detail: $"{contract.StartsOn:yyyy-MM-dd}..{contract.EndsOn:yyyy-MM-dd}, {row.ServiceItem} (L2)");
            }
            var buildings = contract.Buildings;
            if (buildings.Count > 0)
            {
                var buildingId = row.BuildingId ?? (await mediator.Send(new GetRoomQuery(row.RoomId), ct))?.BuildingId;
                if (buildingId is not { } building || !buildings.Contains(building))
                {
                    throw new ProblemException(LogisticsErrors.BuildingOutsideContract, detail: $"building {buildingId:D} (L2)");
                }
            }
            contractId = contract.Id;
            assignee = string.IsNullOrEmpty(assignee) ? contract.ProviderName : assignee;
        }
        return await workflow.MoveAsync(row, WorkOrderAction.Assigned, null, command.Body.Note, async (r, _) =>
        {
            r.Assignee = assignee;
            r.ContractId = contractId;
            await levels.ChoosePolicyAsync(r, ct);
        }, ct);
    }
}
