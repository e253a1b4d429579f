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

/// <summary>Put a work order on hold, with the reason (挂起) (Logistics_HoldWorkOrder): the route.</summary>
internal static class HoldWorkOrder
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder orders) =>
        orders.MapPost("/{id:guid}/hold", Handle).WithName("Logistics_HoldWorkOrder")
            .WithSummary("Put a work order on hold, with the reason (挂起)")
            .WithDescription("Triaged, Assigned or OnSite → OnHold; resume returns it to where it was. The hold pauses the service-level clock. If-Match required.")
            .Produces<WorkOrderResponse>().UpdateProblems()
            .RequireScope(LogisticsModule.WriteScope);

    private static async Task<Ok<WorkOrderResponse>> Handle(Guid id, WorkOrderReasonRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new HoldWorkOrderCommand(id, ETags.RequireIfMatch(http), body.Reason), ct), o => o.Version);
}

internal sealed record HoldWorkOrderCommand(Guid Id, long ExpectedVersion, string Reason) : ICommand<WorkOrderResponse>;

internal sealed class HoldWorkOrderValidator : AbstractValidator<HoldWorkOrderCommand>
{
    public HoldWorkOrderValidator() => RuleFor(c => c.Reason).NotEmpty().MaximumLength(500);
}

internal sealed class HoldWorkOrderHandler(WorkOrderWorkflow workflow) : IRequestHandler<HoldWorkOrderCommand, WorkOrderResponse>
{
    public async Task<WorkOrderResponse> Handle(HoldWorkOrderCommand command, CancellationToken ct)
    {
        var row = await workflow.LoadAsync(command.Id, command.ExpectedVersion, WorkOrderAction.PutOnHold, ct);
        var before = row.Status;
        return await workflow.MoveAsync(row, WorkOrderAction.PutOnHold, null, command.Reason, (r, _) => { r.HeldFrom = before; r.HoldReason = command.Reason.Trim(); }, ct);
    }
}
