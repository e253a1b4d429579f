using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Logistics;
using OrganAffairs.Logistics.Support;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Logistics.Features;

/// <summary>Update a work order not yet on site (Logistics_UpdateWorkOrder): the route.</summary>
internal static class UpdateWorkOrder
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder orders) =>
        orders.MapPut("/{id:guid}", Handle).WithName("Logistics_UpdateWorkOrder")
            .WithSummary("Update a work order's category, priority and description (If-Match required; 修改工单)")
            .WithDescription("Only while Raised, Triaged or Assigned (409 logistics.work-order-state otherwise); the organ, the requester and the room do not change. The service item is checked against the catalogue in force on the raise date (422 logistics.not-in-catalogue); a new category or priority takes the policy in force on the raise date for it, counted from the raise.")
            .Produces<WorkOrderResponse>().UpdateProblems(422)
            .RequireScope(LogisticsModule.WriteScope);

    private static async Task<Ok<WorkOrderResponse>> Handle(Guid id, UpdateWorkOrderRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new UpdateWorkOrderCommand(id, ETags.RequireIfMatch(http), body), ct), o => o.Version);
}

internal sealed record UpdateWorkOrderCommand(Guid Id, IfMatch IfMatch, UpdateWorkOrderRequest Body) : ICommand<WorkOrderResponse>;

internal sealed class UpdateWorkOrderValidator : AbstractValidator<UpdateWorkOrderCommand>
{
    public UpdateWorkOrderValidator()
    {
        RuleFor(c => c.Body.ServiceItem).NotEmpty().MaximumLength(60);
        RuleFor(c => c.Body.Description).NotEmpty().MaximumLength(1000);
    }
}

internal sealed class UpdateWorkOrderHandler(WorkOrderWorkflow workflow, ServiceLevels levels) : IRequestHandler<UpdateWorkOrderCommand, WorkOrderResponse>
{
    public async Task<WorkOrderResponse> Handle(UpdateWorkOrderCommand command, CancellationToken ct)
    {
        var row = await workflow.LoadAsync(command.Id, command.IfMatch, WorkOrderAction.Updated, ct);
        var item = await levels.ItemAsync(command.Body.ServiceItem, row.DivisionCode, workflow.DateOf(row.RaisedAt), ct);
        return await workflow.MoveAsync(row, WorkOrderAction.Updated, null, null, async (r, _) =>
        {
            var before = (r.Category, r.Priority);
            r.ServiceItem = command.Body.ServiceItem;
            r.Category = item.Category;
            r.Priority = command.Body.Priority;
            r.Description = command.Body.Description.Trim();
            if (before != (r.Category, r.Priority))
            {
                await levels.ChoosePolicyAsync(r, ct);
            }
        }, ct);
    }
}
