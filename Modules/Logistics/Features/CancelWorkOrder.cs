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

/// <summary>Cancel a work order not yet assigned, with the reason (Logistics_CancelWorkOrder): the route.</summary>
internal static class CancelWorkOrder
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder orders) =>
        orders.MapPost("/{id:guid}/cancel", Handle).WithName("Logistics_CancelWorkOrder")
            .WithSummary("Cancel a work order not yet assigned, with the reason")
            .WithDescription("Raised or Triaged → Cancelled; the order stays on record. If-Match required.")
            .Produces<WorkOrderResponse>().UpdateProblems()
            .RequireScope(LogisticsModule.WriteScope);

    private static async Task<Ok<WorkOrderResponse>> Handle(Guid id, WorkOrderReasonRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new CancelWorkOrderCommand(id, ETags.RequireIfMatch(http), body.Reason), ct), o => o.Version);
}

internal sealed record CancelWorkOrderCommand(Guid Id, long ExpectedVersion, string Reason) : ICommand<WorkOrderResponse>;

internal sealed class CancelWorkOrderValidator : AbstractValidator<CancelWorkOrderCommand>
{
    public CancelWorkOrderValidator() => RuleFor(c => c.Reason).NotEmpty().MaximumLength(500);
}

internal sealed class CancelWorkOrderHandler(WorkOrderWorkflow workflow) : IRequestHandler<CancelWorkOrderCommand, WorkOrderResponse>
{
    public async Task<WorkOrderResponse> Handle(CancelWorkOrderCommand command, CancellationToken ct)
    {
        var row = await workflow.LoadAsync(command.Id, command.ExpectedVersion, WorkOrderAction.Cancelled, ct);
        return await workflow.MoveAsync(row, WorkOrderAction.Cancelled, null, command.Reason, (_, _) => { }, ct);
    }
}
